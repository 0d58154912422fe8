/**
 * The resolve step, between load and check: the Maven coordinates pages declare
 * ({@code snippet-dependencies:}, {@code dependencies:}) become the jars their snippets run with,
 * resolved by Maven's own resolver with the user's local repository and settings, and kept in
 * {@code .qa-cache/} by the set of coordinates. It reads the model and returns it with the jars
 * filled in; it imports no other stage, and nothing here runs when no page declares a dependency.
 */
package dev.qa.resolve;
