<#import "layout.ftl" as layout>
<@layout.page>
<header class="hero">
<h1>${site.title}</h1>
<#if site.description?has_content><p class="lead">${site.description}</p></#if>
<ul class="stats"><li><strong>${questionCount}</strong> questions</li><li><strong>${sections?size}</strong> sections</li><li><strong>${answeredCount}</strong> answered</li><li>Java snippets checked on every build</li></ul>
</header>
${content?no_esc}
<ul class="cards">
<#list sections as section><li><a class="card" href="${section.url}"><h2><span class="icon" aria-hidden="true">${section.icon}</span>${section.title}</h2>
<#if section.summary?has_content><p>${section.summary}</p></#if><span class="count">${section.count} questions<#if section.answered lt section.count> · ${section.count - section.answered} to answer</#if></span></a></li>
</#list></ul>
</@layout.page>
