<h1>${content.title}</h1>
<p>${content.nosuchkey}</p>
