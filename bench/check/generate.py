#!/usr/bin/env python3
"""Writes the snippet-checker benchmark corpus: 150 Java snippets over 100 pages, as a qa site
(content/), as one .jsh file per snippet (for the jshell baselines) and as plain Java classes (for
the javac floor). Usage: generate.py OUT_DIR"""
import os
import sys

out = sys.argv[1]
F = '```'


def snippet(n):
    kind = n % 4
    if kind == 0:  # simple statements
        return f'''var values = List.of({n}, {n + 1}, {n + 2}, {n + 3});
int total = 0;
for (int v : values) {{
    total += v;
}}
String label = "total " + total;
System.out.println(label);''', None, f'total {4 * n + 6}'
    if kind == 1:  # a record and its use
        return f'''record Point{n}(int x, int y) {{
    int manhattan() {{ return Math.abs(x) + Math.abs(y); }}
}}
var p = new Point{n}({n}, -{n + 1});
System.out.println(p + " " + p.manhattan());''', None, f'Point{n}[x={n}, y=-{n + 1}] {2 * n + 1}'
    if kind == 2:  # a class with main
        return f'''public class Main{n} {{
    public static void main(String[] args) {{
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) {{
            out.append(i * {n}).append(' ');
        }}
        System.out.println(out.toString().trim());
    }}
}}''', f'Main{n}', f'0 {n} {2 * n}'
    # a small algorithm
    return f'''int gcd(int a, int b) {{
    return b == 0 ? a : gcd(b, a % b);
}}
int[] sorted = IntStream.of({n % 7}, 3, {n % 5}, 9, 1).sorted().toArray();
System.out.println(gcd({n * 6}, 36) + " " + Arrays.toString(sorted));''', None, None


def javac_class(n, code, main):
    """The snippet as a plain class, for the javac floor: declarations become members, statements a method."""
    name = f'S{n}'
    if main:
        return name, code.replace(f'public class Main{n}', f'class {name}') + '\n'
    lines = code.split('\n')
    members, body = [], []
    depth = 0
    current = None
    for line in lines:
        starts_decl = depth == 0 and (line.startswith('record ') or line.startswith('int gcd'))
        if starts_decl or current is not None:
            current = (current or []) + [line]
            depth += line.count('{') - line.count('}')
            if depth == 0:
                members.append('static ' + '\n'.join(current))
                current = None
        else:
            body.append(line)
    imports = 'import java.util.*;\nimport java.util.stream.*;\n'
    return name, imports + f'class {name} {{\n' + '\n'.join(members) + '\npublic static void main(String[] args) {\n' \
        + '\n'.join(body) + '\n}\n}\n'


os.makedirs(f'{out}/jsh', exist_ok=True)
os.makedirs(f'{out}/javac/src', exist_ok=True)
n = 0
classes = []
for section in range(4):
    folder = f'{out}/site/content/{section + 1:02d}-bench{section}'
    os.makedirs(folder, exist_ok=True)
    with open(f'{folder}/_section.md', 'w') as f:
        f.write(f'---\ntitle: Bench {section}\norder: {section + 1}\n---\n')
    for page in range(25):
        index = section * 25 + page
        count = 2 if index % 2 == 0 else 1
        body = [f'---\ntitle: Bench page {index}\nid: b{index}\n---\nA page of the benchmark.\n']
        for _ in range(count):
            code, main, expected = snippet(n)
            body.append(f'\n{F}java\n{code}\n{F}\n')
            if expected:
                body.append(f'\n{F}output\n{expected}\n{F}\n')
            with open(f'{out}/jsh/{n:03d}.jsh', 'w') as f:
                f.write(code + '\n' + (f'{main}.main(new String[0]);\n' if main else ''))
            name, source = javac_class(n, code, main)
            with open(f'{out}/javac/src/{name}.java', 'w') as f:
                f.write(source)
            classes.append(name)
            n += 1
        with open(f'{folder}/{page + 1:02d}-page-{index}.md', 'w') as f:
            f.write(''.join(body))
with open(f'{out}/javac/src/RunAll.java', 'w') as f:
    f.write('class RunAll {\n    public static void main(String[] args) {\n'
            + ''.join(f'        {c}.main(args);\n' for c in classes) + '    }\n}\n')
print(f'{n} snippets in 100 pages under {out}')
