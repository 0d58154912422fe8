package dev.qa.model;

import java.nio.file.Path;

/**
 * One jar on a page's snippet class path, as Maven resolved it: a declared dependency or one of theirs.
 *
 * @param coordinate {@code groupId:artifactId:version} of the artifact (with extension and classifier when not a plain jar)
 * @param jar        the file in the local Maven repository, absolute
 * @param sha256     the digest of the jar's bytes: part of the cache key of every page that uses it
 */
public record Library(String coordinate, Path jar, String sha256) {
}
