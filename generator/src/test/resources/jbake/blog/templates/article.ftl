<#include "header.ftl">
<article data-type="${content.type}" data-status="${content.status}" data-uri="${content.uri}" data-root="${content.rootpath}">
<h1>${content.title}</h1>
<time>${content.date?string("yyyy-MM-dd")}</time>
<ul class="tags"><#list content.tags as tag><li>${tag}</li></#list></ul>
<#if content.author??><p class="author">${content.author}</p></#if>
<div class="body">${content.body}</div>
</article>
<p class="counts">${posts?size} ${published_posts?size} ${published_pages?size} ${published_content?size} ${all_content?size}</p>
</body></html>
