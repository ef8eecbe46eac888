"""A sources-list entry never ends a page with its quoted notes on the next one. The sample's
sources list is pushed down a line at a time (one-line paragraphs before it), so that every entry meets
the page foot in some build; in each, a page whose body starts with a note label ("Note 10:")
must have some of that entry's notes on the page before, or the entry itself on its own page."""
import os
import re
import shutil
import sys

from common import BINARY, SAMPLE, SOURCE, check, finish, run, scratch

sys.path.insert(0, os.path.join(SOURCE, "tests", "lint"))
import typolint  # noqa: E402

WORK = scratch("briefing-sources-")
brief = os.path.join(WORK, "brief")
shutil.copytree(SAMPLE, brief)
path = os.path.join(brief, "brief.xml")
original = open(path, encoding="utf-8").read()
frame = typolint.read_margins(os.path.join(SOURCE, "layouts", "annual.xml"))
NOTE = re.compile(r"^Notes? \d")
ENTRY = re.compile(r"^\d{1,3}\.(\s|$)")  # "12. VnExpress…", not a year ending a note

stranded, builds = [], 0
for count in range(30):
    with open(path, "w", encoding="utf-8") as f:
        f.write(original.replace("<sources-list", "<p>A line.</p>" * count + "<sources-list", 1))
    dump = os.path.join(WORK, "out.dump")
    r = run([BINARY, "build", brief, "--dump", "pages", "-o", dump])
    if r.returncode != 0:
        check(False, f"{count} lines before: the build failed: {r.stderr[-500:]}")
        break
    builds += 1
    pages = typolint.read_dump(open(dump, encoding="utf-8").read())
    bodies = [sorted(typolint.body_segments(p, frame), key=lambda s: (s.y, s.x0)) for p in pages]
    for number, (before, after) in enumerate(zip(bodies, bodies[1:]), start=1):
        if not before or not after or not NOTE.match(after[0].text):
            continue
        # Back from the foot: a note line of the same entry, or the entry's first line.
        for seg in reversed(before):
            if NOTE.match(seg.text):
                break
            if ENTRY.match(seg.text):
                stranded.append(f"{count} lines before, page {number}: “{seg.text[:50]}…”")
                break
check(builds == 30, f"only {builds} of 30 builds ran")
check(not stranded, f"entries stranded at a page foot without their notes: {stranded}")

finish("sources_keep")
