<#import "layout.ftl" as layout>
<@layout.page title="Tags · ${site.title}">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${root}index.html">Home</a></li><li aria-current="page">Tags</li></ol></nav>
<h1>Tags</h1>
<ul class="tag-cloud">
<#list tags as tag><li><a class="tag" href="${tag.url}">#${tag.name}<span class="n">${tag.count}</span></a></li>
</#list></ul>
</@layout.page>
