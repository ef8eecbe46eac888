"""Every TOC entry's page number is the page where pdftotext finds that heading, and the PDF
outline has an entry per TOC line. (The lists of figures and tables after the contents are
refs_links.py's.)"""
import re

from common import *

pdf = build_sample()
pages = page_texts(pdf)
toc_page = next((i for i, t in enumerate(pages) if re.search(r"^\s*Contents\s*$", t, re.M)), None)
check(toc_page is not None, "a Contents page exists")
entries = []
for i in range(toc_page or 0, len(pages)):
    # -layout keeps each entry's title, leaders and number on one line.
    text = pdftotext(pdf, "-layout", "-f", str(i + 1), "-l", str(i + 1))
    # The list of figures follows the contents.
    lists = re.search(r"^\s*Figures\s*$", text, re.M)
    found = re.findall(r"^\s*(\S.*?)[ .]{3,}(\d+)\s*$", text[:lists.start()] if lists else text,
                       re.M)
    if not found and entries:
        break
    entries += found
    if lists:
        break
check(len(entries) >= 20, f"at least 6 TOC entries, found {len(entries)}")


def squash(s):
    return re.sub(r"\s+", " ", s).strip()


for title, number in entries:
    title = squash(title.replace("\u2002", " "))
    # A heading is a line of its own; the running header may repeat it on later pages only.
    where = [i + 1 for i, t in enumerate(pages) if i > toc_page and
             any(squash(l) == title for l in t.splitlines())]
    check(where != [], f"heading {title!r} found in the body")
    if where:
        check(where[0] == int(number), f"{title!r}: TOC says page {number}, text is on page {where[0]}")

# The outline (bookmarks) lists every TOC entry, pointing at the same page.
import json

doc = json.loads(run(["qpdf", "--json", "--json-key=pages", "--json-key=outlines", "--json-key=qpdf",
                      pdf], check=True).stdout)


def flatten(items):
    for item in items:
        yield item
        yield from flatten(item["kids"])


bookmarks = {squash(o["title"]): o["destpageposfrom1"] for o in flatten(doc["outlines"])}
for title, number in entries:
    title = squash(title.replace("\u2002", " "))
    check(bookmarks.get(title) == int(number), f"bookmark {title!r} -> page {bookmarks.get(title)}, TOC says {number}")

# Each TOC line is a link to the page its number names.
objects = doc["qpdf"][1]
page_index = {p["object"]: i + 1 for i, p in enumerate(doc["pages"])}
targets = []
for p in doc["pages"][toc_page:toc_page + 2]:
    for ref in objects["obj:" + p["object"]]["value"].get("/Annots", []):
        annot = objects["obj:" + ref]["value"]
        rect = [float(v) for v in annot.get("/Rect", [0, 0, 0, 0])]
        # An entry's link spans the text frame; a reference's covers its words.
        if annot.get("/Subtype") == "/Link" and "/Dest" in annot and rect[2] - rect[0] > 300:
            dest = annot["/Dest"]
            dest = objects["obj:" + dest]["value"] if isinstance(dest, str) else dest
            targets.append(page_index[dest[0]])
targets = targets[:len(entries)]  # then the entries of the lists of figures and tables
check(len(targets) == len(entries) and targets == [int(n) for _, n in entries],
      f"{len(targets)} TOC links go to the TOC's pages: {targets}")
finish("toc_pages")
