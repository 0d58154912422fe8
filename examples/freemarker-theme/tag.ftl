<#import "layout.ftl" as layout>
<@layout.page title="#${tag} · ${site.title}">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${root}index.html">Home</a></li><li><a href="${tagsUrl}">Tags</a></li><li aria-current="page">#${tag}</li></ol></nav>
<h1>Questions tagged #${tag}</h1>
<p class="lead">${questions?size} question<#if questions?size != 1>s</#if></p>
<ul class="qlist">
<#list questions as question><li><a href="${question.url}">${question.title}<#if question.draft><span class="badge">draft</span></#if></a></li>
</#list></ul>
</@layout.page>
