<#import "layout.ftl" as layout>
<@layout.page title="All questions · ${site.title}">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${root}index.html">Home</a></li><li aria-current="page">All questions</li></ol></nav>
<header class="hero"><h1>${site.title}</h1><p class="lead">Every question on one page, for printing or saving as PDF.</p></header>
<#list questions as q><article class="printed" id="${q.id}">
<p class="section-name">${q.section}</p>
<h1>${q.title}</h1>
<#if q.draft><div class="draft-note" role="note"><strong>Not answered yet — contribute.</strong></div></#if>
${q.content?no_esc}
</article>
</#list>
</@layout.page>
