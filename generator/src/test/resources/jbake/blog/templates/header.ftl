<!doctype html>
<html><head><title><#if (content.title)??>${content.title}<#else>${config.site_title}</#if></title>
<link rel="stylesheet" href="${content.rootpath}css/site.css"></head><body>
