<#include "header.ftl">
<ol class="posts"><#list published_posts as post><li><a href="${content.rootpath}${post.uri}">${post.title}</a></li></#list></ol>
<ul class="tags"><#list tags as tag><li><a href="${tag.uri}">${tag.name}</a> ${tag.tagged_posts?size}</li></#list></ul>
<p class="host">${config.site_host}</p>
<p class="archive"><a href="${config.archive_file}">archive</a></p>
</body></html>
