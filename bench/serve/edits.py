"""Saves edits into a site that `qa serve` previews and times each one up to the reload event.

Usage: edits.py SITE SERVE_LOG SERVE_PID EDITS
A prose edit rewrites a sentence at the end of a question; a snippet edit changes a comment in the
first Java snippet of a question, so that the snippet checker must run that page again.
"""
import http.client
import re
import statistics
import sys
import threading
import time
from pathlib import Path

site, log, pid, edits = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])


def wait_for_first_build():
    deadline = time.monotonic() + 1800
    while time.monotonic() < deadline:
        text = log.read_text(errors="replace") if log.exists() else ""
        url = re.search(r"http://127\.0\.0\.1:(\d+)/", text)
        if url and re.search(r"^built in|the build failed", text, re.M):
            if "the build failed" in text:
                sys.exit("the first build failed:\n" + text)
            return int(url.group(1))
        time.sleep(0.2)
    sys.exit("serve did not build within 30 minutes:\n" + log.read_text(errors="replace"))


class Events:
    """The reload events, read on a thread, each stamped with the time it arrived."""

    def __init__(self, port):
        self.arrived = []
        self.lock = threading.Condition()
        connection = http.client.HTTPConnection("127.0.0.1", port)
        connection.request("GET", "/__qa/events")
        self.response = connection.getresponse()
        threading.Thread(target=self.read, daemon=True).start()

    def read(self):
        for line in self.response:
            if line.startswith(b"data: "):
                with self.lock:
                    self.arrived.append(time.monotonic())
                    self.lock.notify_all()

    def after(self, count, timeout=120):
        with self.lock:
            self.lock.wait_for(lambda: len(self.arrived) > count, timeout)
            return self.arrived[count] if len(self.arrived) > count else None


JAVA_FENCE = re.compile(r"^```java(?![^\n]*\bfile=)[^\n]*$", re.M)


def questions():
    return sorted(p for p in (site / "content").rglob("*.md") if p.name not in ("_section.md", "index.md"))


def prose_edit(path, n):
    text = path.read_text()
    text = re.sub(r"\n\nBench edit \d+\.\n$", "\n", text)
    path.write_text(text.rstrip("\n") + f"\n\nBench edit {n}.\n")


def snippet_edit(path, n):
    text = path.read_text()
    text = re.sub(r"\n// bench edit \d+\n", "\n", text)
    fence = JAVA_FENCE.search(text)
    close = text.index("\n```", fence.end())
    path.write_text(text[:close] + f"\n// bench edit {n}" + text[close:])


def timed(kind, files, edit, events):
    times = []
    for n in range(edits):
        path = files[n % len(files)]
        count = len(events.arrived)
        start = time.monotonic()
        edit(path, n)
        arrived = events.after(count)
        if arrived is None:
            sys.exit(f"no reload event after the {kind} edit of {path}")
        times.append((arrived - start) * 1000)
        time.sleep(0.3)  # the next save comes after this one was shown, as when a person edits
    return times


def memory():
    status = Path(f"/proc/{pid}/status").read_text()
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


port = wait_for_first_build()
events = Events(port)
events.after(0)  # the version the stream opens with
events.arrived.clear()
files = questions()
with_snippets = [p for p in files if JAVA_FENCE.search(p.read_text())]
prose = timed("prose", files[:: max(1, len(files) // edits)], prose_edit, events)
snippet = timed("snippet", with_snippets[:: max(1, len(with_snippets) // edits)], snippet_edit, events)
rss, peak = memory()
failed = log.read_text(errors="replace").count("the build failed")


def line(name, times):
    return (f"| {name} | {statistics.median(times):.0f} ms | {min(times):.0f} ms | "
            f"{sorted(times)[int(len(times) * 0.9) - 1]:.0f} ms | {max(times):.0f} ms |")


print(f"{len(files)} questions ({len(with_snippets)} with a Java snippet), {edits} edits of each kind\n")
print("| edit | median | min | p90 | max |")
print("|---|---|---|---|---|")
print(line("prose (save → reload event)", prose))
print(line("snippet (save → reload event)", snippet))
print(f"\nserving JVM: RSS {rss} MiB after the edits, peak {peak} MiB; builds that failed: {failed}")
