#!/usr/bin/env python3
"""Generates a qa site of N question pages (default 250) for build benchmarks: about 400 words each,
headings, and a table in one page of five. Usage: gen-corpus.py OUT_DIR [N] [--jbake] [--hugo]
With --jbake / --hugo it also writes the same pages as a JBake or Hugo project beside it."""
import os, random, sys

WORDS = ("latency throughput cache shard replica quorum leader follower partition consistency "
         "availability index query transaction isolation snapshot lock queue broker consumer producer "
         "retry backoff jitter timeout circuit breaker bulkhead gateway proxy balancer token bucket "
         "window counter metric trace span log alert budget rollout canary deploy container pod node").split()

def para(rng, n):
    words = [rng.choice(WORDS) for _ in range(n)]
    words[0] = words[0].capitalize()
    return " ".join(words) + "."

def body(rng, i):
    parts = [para(rng, 60)]
    for h in range(3):
        parts.append(f"## Heading {h + 1} of page {i}")
        parts.append(para(rng, 50))
        parts.append(para(rng, 60))
    if i % 5 == 0:
        parts.append("| option | latency | cost |\n|---|---|---|\n" +
                     "\n".join(f"| {rng.choice(WORDS)} | {rng.randint(1, 99)} ms | {rng.randint(1, 9)} |" for _ in range(6)))
    parts.append("- " + para(rng, 10) + "\n- " + para(rng, 10) + "\n- " + para(rng, 10))
    return "\n\n".join(parts) + "\n"

def main():
    out = sys.argv[1]
    n = int(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2].isdigit() else 250
    rng = random.Random(42)
    sections = 10
    os.makedirs(f"{out}/qa/content", exist_ok=True)
    open(f"{out}/qa/content/index.md", "w").write("---\ntitle: Benchmark Q&A\n---\nA generated site.\n")
    pages = []
    for s in range(sections):
        folder = f"{out}/qa/content/{s + 1:02d}-section-{s + 1}"
        os.makedirs(folder, exist_ok=True)
        open(f"{folder}/_section.md", "w").write(f"---\ntitle: Section {s + 1}\norder: {s + 1}\nsummary: Generated section.\n---\n")
    for i in range(n):
        s = i % sections
        title = f"Question {i + 1}: how does {rng.choice(WORDS)} relate to {rng.choice(WORDS)}?"
        text = body(rng, i)
        pages.append((s, i, title, text))
        open(f"{out}/qa/content/{s + 1:02d}-section-{s + 1}/{i + 1:04d}-question-{i + 1}.md", "w").write(
            f"---\ntitle: \"{title}\"\nid: q{i + 1}\ntags: [bench]\n---\n{text}")
    if "--jbake" in sys.argv:
        base = f"{out}/jbake"
        os.makedirs(f"{base}/content", exist_ok=True)
        os.makedirs(f"{base}/templates", exist_ok=True)
        open(f"{base}/jbake.properties", "w").write("render.tags=false\nrender.sitemap=true\nrender.archive=false\nrender.feed=false\ndb.store=memory\n")
        for name in ("index", "post", "page", "sitemap"):
            tpl = "<html><head><title>${(content.title)!\"Home\"}</title></head><body>${(content.body)!\"\"}</body></html>"
            if name == "index":
                tpl = "<html><body><ul><#list published_posts as p><li><a href=\"${p.uri}\">${p.title}</a></li></#list></ul></body></html>"
            if name == "sitemap":
                tpl = "<?xml version=\"1.0\"?><urlset><#list published_content as c><url><loc>${c.uri}</loc></url></#list></urlset>"
            open(f"{base}/templates/{name}.ftl", "w").write(tpl)
        for s, i, title, text in pages:
            d = f"{base}/content/section-{s + 1}"
            os.makedirs(d, exist_ok=True)
            open(f"{d}/question-{i + 1}.md", "w").write(
                f"title={title}\ndate=2026-01-01\ntype=post\nstatus=published\n~~~~~~\n{text}")
    if "--hugo" in sys.argv:
        base = f"{out}/hugo"
        os.makedirs(f"{base}/layouts/_default", exist_ok=True)
        open(f"{base}/hugo.toml", "w").write("baseURL = 'https://example.org/'\ntitle = 'Bench'\ndisableKinds = ['taxonomy', 'term', 'RSS']\n")
        open(f"{base}/layouts/_default/single.html", "w").write("<html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>")
        open(f"{base}/layouts/_default/list.html", "w").write("<html><body><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>")
        for s, i, title, text in pages:
            d = f"{base}/content/section-{s + 1}"
            os.makedirs(d, exist_ok=True)
            open(f"{d}/question-{i + 1}.md", "w").write(f"---\ntitle: \"{title}\"\n---\n{text}")

main()
