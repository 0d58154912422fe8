<#include "header.ftl">
<h1 data-root="${content.rootpath}">${tag}</h1>
<ul class="tagged"><#list tag_posts as post><li>${post.title}</li></#list></ul>
</body></html>
