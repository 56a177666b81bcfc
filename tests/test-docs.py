#!/usr/bin/env python3
# test-docs.py: the documentation in docs/ stays inside the repository and
# in step with duaal-cli
#
# 1. README.md and every docs/**/*.md link only to files of the source
#    tree that exist (never to ../shared or elsewhere outside it), and
#    every #anchor names a heading of the file it points into.
# 2. docs/cli.md has a "### COMMAND" section for every command of the
#    command table (src/cli/duaal-cli-private.h).
# 3. Every long option that `duaal-cli COMMAND --help` lists is named in
#    that command's section of docs/cli.md.
#
# Usage: test-docs.py SOURCE_ROOT DUAAL_CLI.  Output is TAP.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import sys

source_root = os.path.realpath(sys.argv[1])
cli = sys.argv[2]
results = []


def report(ok, name, details=()):
    results.append((ok, name, list(details)))


def markdown_files():
    yield os.path.join(source_root, 'README.md')
    for folder, _, names in os.walk(os.path.join(source_root, 'docs')):
        for name in sorted(names):
            if name.endswith('.md'):
                yield os.path.join(folder, name)


def without_code(text):
    """Links in code blocks and code spans are examples, not links."""
    text = re.sub(r'```.*?```', '', text, flags=re.S)
    return re.sub(r'`[^`\n]*`', '', text)


def anchors(path):
    """The anchors GitHub makes of a Markdown file's headings."""
    found = set()
    with open(path, encoding='utf-8') as f:
        for line in without_code(f.read()).splitlines():
            m = re.match(r'#{1,6}\s+(.*)', line)
            if m:
                slug = re.sub(r'[^\w\- ]', '', m.group(1).strip().lower())
                found.add(slug.replace(' ', '-'))
    return found


def check_links():
    problems = []
    for path in markdown_files():
        rel = os.path.relpath(path, source_root)
        with open(path, encoding='utf-8') as f:
            text = f.read()
        if '../shared' in text:
            problems.append(f'{rel}: mentions ../shared, which is outside the repository')
        for link in re.findall(r'\]\(([^)\s]+)\)', without_code(text)):
            if re.match(r'[a-z]+:', link):
                continue
            target, _, fragment = link.partition('#')
            resolved = os.path.realpath(os.path.join(os.path.dirname(path), target)) if target else path
            if not (resolved == source_root or resolved.startswith(source_root + os.sep)):
                problems.append(f'{rel}: {link} leads outside the repository')
            elif not os.path.exists(resolved):
                problems.append(f'{rel}: {link} does not exist')
            elif fragment and resolved.endswith('.md') and fragment not in anchors(resolved):
                problems.append(f'{rel}: {link}: no heading makes the anchor #{fragment}')
    report(not problems, 'README.md and docs/ link only to files of the repository', problems)


def cli_sections():
    """docs/cli.md cut into its "### command" sections."""
    with open(os.path.join(source_root, 'docs', 'cli.md'), encoding='utf-8') as f:
        text = f.read()
    sections = {}
    for part in re.split(r'^### ', text, flags=re.M)[1:]:
        heading, _, body = part.partition('\n')
        sections[heading.split()[0]] = heading + '\n' + body.split('\n## ')[0]
    return sections


def commands():
    table = os.path.join(source_root, 'src', 'cli', 'duaal-cli-private.h')
    with open(table, encoding='utf-8') as f:
        return re.findall(r'^\s*X \("([a-z-]+)"', f.read(), flags=re.M)


def check_commands(sections):
    names = commands()
    missing = [c for c in names if c not in sections]
    report(bool(names) and not missing, 'docs/cli.md has a section for every command',
           [f'no "### {c}" section' for c in missing] or ([] if names else ['no command found in the table']))


def check_options(sections):
    problems = []
    env = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')
    for command in commands():
        run = subprocess.run([cli, command, '--help'], capture_output=True, text=True, env=env)
        if run.returncode != 0:
            problems.append(f'{command} --help failed: {run.stderr.strip()}')
            continue
        options = set(re.findall(r'^\s+(?:-\w, )?(--[a-z][a-z-]*)', run.stdout, flags=re.M))
        options -= {'--help', '--db'}
        section = sections.get(command, '')
        problems += [f'{command}: {o} is not described' for o in sorted(options)
                     if not re.search(re.escape(o) + r'(?![a-z-])', section)]
    report(not problems, 'docs/cli.md names every option of every command', problems)


check_links()
sections = cli_sections()
check_commands(sections)
check_options(sections)

print(f'1..{len(results)}')
for number, (ok, name, details) in enumerate(results, 1):
    print(f'{"ok" if ok else "not ok"} {number} {name}')
    for line in details:
        print(f'# {line}')
sys.exit(0 if all(ok for ok, _, _ in results) else 1)
