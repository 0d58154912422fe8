<#import "layout.ftl" as layout>
<@layout.page title="${question.title} · ${site.title}">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="${root}index.html">Home</a></li><li><a href="${section.url}">${sectionIcon} ${section.title}</a></li><li aria-current="page">Question ${position} of ${sectionSize}</li></ol></nav>
<article>
<header class="q-head">
<h1>${question.title}</h1>
<p class="meta"><#if draft><span class="badge">draft</span></#if><#list tags as tag><a class="tag" href="${tag.url}">#${tag.title}</a></#list></p>
</header>
<#if draft>
<div class="draft-note" role="note"><strong>Not answered yet — contribute.</strong>
<p>This question has no answer yet<#if content?has_content>; what is below is a start</#if>.<#if editUrl??> <a href="${editUrl}">Write the answer</a> in a pull request.</#if></p></div>
</#if>
${content?no_esc}
</article>
<div class="page-foot">
<#if editUrl??><a href="${editUrl}">Edit this page</a></#if>
<#if jsh??><a href="${jsh}" download>Download the snippets (.jsh)</a></#if>
<#if lastUpdated??><span>Last updated <time datetime="${lastUpdated}">${lastUpdated}</time></span></#if>
</div>
<nav class="pager" aria-label="Previous and next question">
<#if previous??><a rel="prev" href="${previous.url}"><span>← Previous</span>${previous.title}</a></#if>
<#if next??><a rel="next" href="${next.url}"><span>Next →</span>${next.title}</a></#if>
</nav>
</@layout.page>
