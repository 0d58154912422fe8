<#import "layout.ftl" as layout>
<@layout.page title="${section.title} · ${site.title}">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${root}index.html">Home</a></li><li aria-current="page">${section.title}</li></ol></nav>
<header class="section-head">
<h1><span aria-hidden="true">${section.icon}</span> ${section.title}</h1>
<#if section.summary?has_content><p class="lead">${section.summary}</p></#if>
</header>
${content?no_esc}
<ol class="qlist">
<#list questions as question><li><a href="${question.url}">${question.title}<#if question.draft><span class="badge">draft</span></#if></a></li>
</#list></ol>
</@layout.page>
