<#include "header.ftl">
<ul class="archive"><#list published_posts as post><li>${post.date?string("MMMM yyyy")}: ${post.title}</li></#list></ul>
</body></html>
