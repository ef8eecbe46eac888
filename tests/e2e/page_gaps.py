"""No page ends with more than 15 % of its text frame's height empty, unless the next page opens
with a level-1 heading (the page ends a section; the sample's forced breaks all come before one)
or it is the last page. Checked on the page dump (`build --dump pages`) of the sample, of every
brief under briefs/, and of tests/e2e/data/floats, a brief of several charts that left such gaps
before charts could float. The frame comes from each brief's layout file, not from the program."""
import re
import xml.etree.ElementTree as ET

from common import *

UNITS = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
LIMIT = 0.15
TEXT_DEPTH = 0.25  # how far below its baseline a line's letters reach, in its type size


def length(v):
    m = re.fullmatch(r"([\d.]+)(pt|mm|cm|in)", v.strip())
    return float(m.group(1)) * UNITS[m.group(2)]


def frame(brief):
    root = ET.parse(os.path.join(brief, "brief.xml")).getroot()
    name = root.get("layout")
    path = (os.path.join(SOURCE, "layouts", name + ".xml") if re.fullmatch(r"[\w-]+", name)
            else os.path.join(brief, name))
    layout = ET.parse(path).getroot()
    page = layout.find("page")
    get = lambda key: length(page.get(key, "25mm")) if page is not None else length("25mm")
    return get("top"), get("bottom"), layout.find("cover") is not None


NUM = r"(-?[\d.]+)"


def item_bottom(line):
    """The lowest point an item of the dump reaches, or None for what is not an item."""
    if m := re.match(rf"  text {NUM} {NUM} \S+ \S+ {NUM} ", line):
        return float(m.group(2)) + TEXT_DEPTH * float(m.group(3))
    if m := re.match(rf"  fill {NUM} {NUM} {NUM} {NUM} ", line):
        return float(m.group(2)) + float(m.group(4))
    if m := re.match(rf"  stroke {NUM} {NUM} {NUM} {NUM} width {NUM}", line):
        return max(float(m.group(2)), float(m.group(4))) + float(m.group(5)) / 2
    if m := re.match(rf"  path \d+ ops bbox {NUM} {NUM} {NUM} {NUM}", line):
        return float(m.group(4))
    return None


def gaps(brief, label):
    top, bottom, cover = frame(brief)
    r = run([BINARY, "--data-dir", SOURCE, "build", brief, "--dump", "pages"])
    check(r.returncode == 0, f"{label}: the build failed: {r.stderr}")
    if r.returncode != 0:
        return
    pages = []  # (height, lowest body item)
    openings = set()  # pages that open with a level-1 heading
    for line in r.stdout.splitlines():
        if m := re.match(rf"page \d+ size {NUM} {NUM}", line):
            pages.append([float(m.group(2)), None])
        elif m := re.match(rf"  level 1 page (\d+) y {NUM}", line):
            if abs(float(m.group(2)) - top) < 0.5:
                openings.add(int(m.group(1)))
        elif pages and (low := item_bottom(line)) is not None:
            height = pages[-1][0]
            if top - 0.5 <= low <= height - bottom + 0.5:  # the text frame, not the bands
                pages[-1][1] = max(pages[-1][1] or 0, low)
    body = pages[0][0] - top - bottom
    for n, (height, low) in enumerate(pages, start=1):
        if (cover and n == 1) or n == len(pages) or n + 1 in openings:
            continue
        empty = (height - bottom - (low if low is not None else top)) / body
        check(empty <= LIMIT,
              f"{label}: page {n} ends with {empty:.0%} of its text frame empty, and the next "
              f"page does not open a section")
    return len(pages)


briefs = [(SAMPLE, "the sample")]
for name in sorted(os.listdir(os.path.join(SOURCE, "briefs"))):
    path = os.path.join(SOURCE, "briefs", name)
    if os.path.isfile(os.path.join(path, "brief.xml")) and path != SAMPLE:
        briefs.append((path, f"briefs/{name}"))
briefs.append((os.path.join(SOURCE, "tests", "e2e", "data", "floats"), "the floats brief"))
for path, label in briefs:
    gaps(path, label)
finish("page_gaps")
