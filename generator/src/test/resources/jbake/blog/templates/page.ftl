<#include "header.ftl">
<main data-type="${content.type}" data-root="${content.rootpath}"><h1>${content.title}</h1><div class="body">${content.body}</div></main>
<ul class="pages"><#list published_pages as page><li>${page.title}</li></#list></ul>
</body></html>
