<#-- The page around every page's main content: the FreeMarker form of templates/layout.peb. -->
<#macro page title=site.title>
<!doctype html>
<html lang="en" class="no-js">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<#if site.description?has_content><meta name="description" content="${site.description}"></#if>
<#if canonical??><link rel="canonical" href="${canonical}"></#if>
<#if feedUrl??><link rel="alternate" type="application/atom+xml" title="${site.title}" href="${feedUrl}"></#if>
<meta name="color-scheme" content="light dark">
<#-- Runs before the first paint, so a remembered theme never flashes the other one. -->
<script>(function(d){d.className="js";try{var t=localStorage.getItem("qa-theme");if(t=="dark"||t=="light")d.setAttribute("data-theme",t)}catch(e){}})(document.documentElement)</script>
<link rel="stylesheet" href="${root}assets/style.css">
<#if searchCss><link rel="stylesheet" href="${root}assets/search.css"></#if>
<script src="${root}assets/site.js" defer></script>
<#if search><script src="${root}assets/search.js" defer></script></#if>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="top">
<a class="icon-btn menu" href="#nav" aria-controls="nav" aria-label="Questions menu"><svg width="22" height="22" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 6h16M4 12h16M4 18h16" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></a>
<a class="brand" href="${root}index.html"><svg width="26" height="26" viewBox="0 0 24 24" aria-hidden="true"><rect width="24" height="24" rx="6" fill="currentColor"/><path d="M7 12.5l3.2 3.2L17 9" fill="none" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round" style="stroke:var(--bg)"/></svg><span>${site.title}</span></a>
<div id="search" data-root="${root}"></div>
<div class="top-actions">
<button class="icon-btn theme-toggle js-only" type="button" aria-label="Dark theme" aria-pressed="false"><svg class="sun" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"><circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/></svg><svg class="moon" width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M20 14.5A8 8 0 0 1 9.5 4 8 8 0 1 0 20 14.5z" fill="currentColor"/></svg></button>
</div>
</header>
<div class="layout<#if toc?size gte 3> has-toc</#if>">
<nav id="nav" class="sidebar" aria-label="Questions">
<a class="icon-btn menu-close" href="#" aria-label="Close the questions menu"><svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true"><path d="M6 6l12 12M18 6L6 18" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg></a>
<ul>
<#list nav as item><#if item.current><li><details open><summary>${item.icon} ${item.title} <span class="count">${item.count}</span></summary><ul>
<#list item.questions as q><li><a href="${q.url}"<#if q.current> aria-current="page"</#if><#if q.draft> class="d"</#if>>${q.title}</a></li>
</#list><#if item.partial><li><a class="all" href="${item.url}">All ${item.count} questions of this section</a></li>
</#if></ul></details></li>
<#else><li><a class="section-link" href="${item.url}">${item.icon} ${item.title} <span class="count">${item.count}</span></a></li>
</#if></#list></ul>
<p class="sidebar-foot"><a href="${tagsUrl}">All tags</a><a href="${printUrl}">Print all questions</a></p>
</nav>
<#if toc?size gte 3>
<nav class="toc" aria-label="On this page"><details open><summary>On this page</summary><ol>
<#list toc as h><li<#if h.level == 3> class="l3"</#if>><a href="#${h.id}">${h.text}</a></li>
</#list></ol></details>
<#-- Collapsed on narrow screens, where it sits above the answer; decided before the first paint. -->
<script>if(matchMedia("(max-width:78rem)").matches)document.currentScript.previousElementSibling.open=false</script></nav>
</#if>
<main id="main" tabindex="-1">
<div class="content">
<#nested>
</div>
</main>
</div>
<footer class="site-foot">
<p>${site.title} · <a href="${tagsUrl}">Tags</a> · <a href="${printUrl}">Print all questions</a><#if editUrl??> · <a href="${editUrl}">Edit this page</a></#if> · Java marked “verified” was compiled and run when the site was built.</p>
</footer>
</body>
</html>
</#macro>
