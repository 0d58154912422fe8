<#include "header.ftl">
<ul class="all-tags"><#list tags as tag><li>${tag.name}</li></#list></ul>
</body></html>
