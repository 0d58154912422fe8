<#import "layout.ftl" as layout>
<@layout.page title="Page not found · ${site.title}">
<h1>Page not found</h1>
<p class="lead">There is no page at this address. It may have moved, or the link has a typo.</p>
<p><a href="${root}index.html">Go to the home page</a>, or pick a question from the list.</p>
</@layout.page>
