<#include "header.ftl">
<aside data-type="${content.type}">${content.body}</aside>
</body></html>
