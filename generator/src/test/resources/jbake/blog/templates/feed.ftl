<?xml version="1.0"?>
<rss version="2.0">
<channel><title>Fixture</title><link>${config.site_host}</link>
<pubDate>${published_date?string("yyyy-MM-dd")}</pubDate>
<#list published_posts as post><item><title><#escape x as x?xml>${post.title}</#escape></title>
<link>${config.site_host}/${post.uri}</link>
<description><#escape x as x?xml>${post.body}</#escape></description></item>
</#list></channel></rss>
