"""Blocks taller than a page are split, not cut off: for a quote and a table row several pages
tall, every word is printed, and none lies below the text frame (where the footer is) or past
the page; the block starts right after the short paragraph before it, on the same page, instead
of leaving the rest of that page empty. The frame is read from the layout file, not from the
program."""
import re
import shutil
import xml.etree.ElementTree as ET

from common import *

UNITS = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}
WORDS = 3000


def length(v):
    m = re.fullmatch(r"([\d.]+)(pt|mm|cm|in)", v.strip())
    return float(m.group(1)) * UNITS[m.group(2)]


page = ET.parse(os.path.join(SOURCE, "layouts", "annual.xml")).getroot().find("page")
bottom = length(page.get("bottom"))
text = " ".join(f"w{i}" for i in range(WORDS))
BLOCKS = {
    "quote": f'<quote attribution="Someone"><p>{text}</p></quote><p>After.</p>',
    "table row": '<table widths="1,1"><head><row><cell>Head</cell><cell>H2</cell></row></head>'
                 f"<row><cell>{text}</cell><cell>B</cell></row><row><cell>After.</cell><cell>C</cell>"
                 "</row></table>",
}
for name, block in BLOCKS.items():
    folder = scratch("briefing-e2e-oversize-")
    brief = os.path.join(folder, "brief")
    shutil.copytree(os.path.join(SOURCE, "tests", "bad", "base", "brief"), brief)
    path = os.path.join(brief, "brief.xml")
    with open(path, encoding="utf-8") as fh:
        xml_text = fh.read().replace("<p>Trade", "<p>Before.</p>" + block + "<p>Trade", 1)
    with open(path, "w", encoding="utf-8") as fh:
        fh.write(xml_text)
    code, _, err, pdf = build(brief)
    check(code == 0 and "warning" not in err, f"{name}: exit {code}, {err.strip()}")
    if code != 0:
        continue
    boxes = run(["pdftotext", "-bbox-layout", pdf, "-"], check=True).stdout
    seen, page_of = set(), {}
    pages = re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', boxes, re.S)
    for number, (h, body) in enumerate(pages):
        foot = float(h) - bottom
        for y1, word in re.findall(r'<word xMin="[\d.]+" yMin="[\d.]+" xMax="[\d.]+" '
                                   r'yMax="([\d.]+)">(.*?)</word>', body):
            seen.add(word)
            page_of.setdefault(word, number)
            # Below the frame only the footer's "Page X of Y" may stand.
            check(float(y1) <= foot + 0.75 or re.fullmatch(r"Page|of|\d+", word),
                  f"{name}: {word!r} reaches {float(y1):.1f}, below the text frame ({foot:.1f})")
    missing = [f"w{i}" for i in range(WORDS) if f"w{i}" not in seen]
    check(not missing and "After." in seen, f"{name}: {len(missing)} words not printed")
    check(page_of.get("w0") == page_of.get("Before."),
          f"{name}: starts on page {page_of.get('w0')}, not on page {page_of.get('Before.')} "
          "after the paragraph before it")
finish("oversize_blocks")
