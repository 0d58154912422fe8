#!/usr/bin/env python3
"""Runs a command and reports wall time and the CPU time of its whole process tree (agents included),
sampling every process's own utime+stime from /proc every 50 ms (each process's last sample counts)."""
import os, subprocess, sys, time
tick = os.sysconf('SC_CLK_TCK')
def children(pid):
    found = []
    try:
        for task in os.listdir(f'/proc/{pid}/task'):
            try:
                with open(f'/proc/{pid}/task/{task}/children') as f:
                    found += [int(x) for x in f.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return found
def cpu(pid):
    try:
        with open(f'/proc/{pid}/stat') as f:
            fields = f.read().rsplit(')', 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / tick
    except (OSError, IndexError):
        return None
start = time.time()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
last = {}
while p.poll() is None:
    stack = [p.pid]
    while stack:
        pid = stack.pop()
        c = cpu(pid)
        if c is not None:
            last[(pid)] = c
        stack.extend(children(pid))
    time.sleep(0.05)
wall = time.time() - start
print(f"wall {wall:.2f} tree-cpu {sum(last.values()):.2f} processes {len(last)} exit {p.returncode}")
