"""Every <ref> of the sample links to the page where its target is: the words it prints are link
annotations whose destination is that page, the page number it prints is that page, and the
figure, table or section it names is on that page (its caption or heading). Every entry of the
lists of figures and tables links to the page of its caption, and prints that page."""
import html
import json
import re
import xml.etree.ElementTree as ET

from common import *

pdf = build_sample()
pages = page_texts(pdf)
refs = ET.parse(os.path.join(SAMPLE, "brief.xml")).getroot().iter("ref")
expected = len(list(refs))
check(expected >= 8, f"the sample has references of every kind, found {expected}")

doc = json.loads(run(["qpdf", "--json", "--json-key=pages", "--json-key=qpdf", pdf],
                     check=True).stdout)
objects = doc["qpdf"][1]
page_index = {p["object"]: i + 1 for i, p in enumerate(doc["pages"])}


def value(ref):
    return objects["obj:" + ref]["value"] if isinstance(ref, str) else ref


# Words with their boxes (top-left origin, points), per page.
bbox = pdftotext(pdf, "-bbox")
words = []
for page in re.findall(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">(.*?)</page>", bbox, re.S):
    height = float(page[1])
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                       r"(.*?)</word>", page[2])
    words.append((height, [(float(a), float(b), float(c), float(d), html.unescape(t))
                           for a, b, c, d, t in found]))


def words_in(page, rect):
    height, page_words = words[page - 1]
    x1, y1, x2, y2 = rect
    top, bottom = height - y2, height - y1
    return [w[4] for w in page_words
            if x1 - 1 <= (w[0] + w[2]) / 2 <= x2 + 1 and top - 1 <= (w[1] + w[3]) / 2 <= bottom + 1]


# A reference's words are word-sized link annotations; the contents' and the lists' entries span
# the text frame and are left to toc_pages.py.
groups = []  # [page, destination page, destination y, words]
entries = []  # [destination page, words] of the lists of figures and tables
for number, p in enumerate(doc["pages"], start=1):
    for ref in value(objects["obj:" + p["object"]]["value"]).get("/Annots", []):
        annot = value(ref)
        if annot.get("/Subtype") != "/Link" or "/Dest" not in annot:
            continue
        rect = [float(v) for v in value(annot["/Rect"])]
        dest = value(annot["/Dest"])
        target, top = page_index[dest[0]], float(dest[3])
        text = words_in(number, rect)
        if rect[2] - rect[0] > 300:
            if text and text[0] in ("Figure", "Table"):
                entries.append((target, text))
            continue
        if groups and groups[-1][:3] == [number, target, top]:
            groups[-1][3] += text
        else:
            groups.append([number, target, top, text])

check(len(groups) == expected,
      f"{expected} references in brief.xml, {len(groups)} linked in the PDF: "
      f"{[' '.join(g[3]) for g in groups]}")


def lines(page):
    return [l.strip() for l in pages[page - 1].splitlines()]


for page, target, top, text in groups:
    # pdftotext's words keep the punctuation around a reference: "(Figure", "3)."
    said = " ".join(re.sub(r"^\W+|\W+$", "", w) for w in text)
    check(text != [], f"the link on page {page} to page {target} covers words")
    shown = re.search(r"\bpage (\d+)\b", said)
    if shown:
        check(int(shown.group(1)) == target, f"{said!r} on page {page} links to page {target}")
    label = re.match(r"(Figure|Table) (\d+)", said)
    if label:
        caption = f"{label.group(1)} {label.group(2)}."
        check(any(l.startswith(caption) for l in lines(target)),
              f"{said!r}: the caption '{caption}' is on page {target}, the page it links to")
    section = re.match(r"section ([\d.]+)", said)
    if section:
        check(any(re.match(re.escape(section.group(1)) + r"\s", l) for l in lines(target)),
              f"{said!r}: heading {section.group(1)} is on page {target}, the page it links to")
    check(shown or label or section or said.startswith("note"),
          f"{said!r} names a page, a figure, a table, a section or a note")
figures = len(re.findall(r"<figure id=", open(os.path.join(SAMPLE, "brief.xml"), encoding="utf-8").read()))
check(len(entries) == figures, f"{figures} figures and tables in brief.xml, {len(entries)} listed")
for target, text in entries:
    caption = f"{text[0]} {text[1]}."
    check(any(l.startswith(caption) for l in lines(target)),
          f"list entry {' '.join(text)!r}: the caption '{caption}' is on page {target}")
    check(text[-1] == str(target), f"list entry {' '.join(text)!r} prints page {target}")
finish("refs_links")
