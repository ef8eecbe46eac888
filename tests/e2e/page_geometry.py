"""Page geometry on the sample: its "Register of figures" section sits on landscape pages (A4
turned: 841.89 x 595.276, as pdfinfo reports each page's size) that hold nothing else, with
the page numbers running on, the table set across the wider frame and the running header and
footer across the turned page's width."""
import re
import shutil

from common import *

pdf = build_sample()
texts = page_texts(pdf)
info = run(["pdfinfo", "-f", "1", "-l", "99", pdf], check=True).stdout
sizes = {int(n): (float(w), float(h))
         for n, w, h in re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info, re.M)}
check(len(sizes) == len(texts), f"pdfinfo gave {len(sizes)} sizes for {len(texts)} pages")
landscape = sorted(n for n, (w, h) in sizes.items() if w > h)
check(landscape != [], "no landscape page in the sample")
for n in landscape:
    w, h = sizes[n]
    check(abs(w - 841.89) < 0.01 and abs(h - 595.276) < 0.01, f"page {n} is {w} x {h}")
for n, (w, h) in sizes.items():
    if n not in landscape:
        check(abs(w - 595.276) < 0.01 and abs(h - 841.89) < 0.01, f"page {n} is {w} x {h}")

if landscape:
    first, last = landscape[0], landscape[-1]
    check(landscape == list(range(first, last + 1)), f"landscape pages not in one run: {landscape}")
    check(re.search(r"^Register of figures$", texts[first - 1], re.M) is not None,
          f"the register's heading is not on the first landscape page {first}")
    check("Register of figures" not in texts[first - 2].split("Contents")[-1]
          or re.search(r"^Register of figures$", texts[first - 2], re.M) is None,
          "the register's heading is also on the page before the landscape ones")
    check(re.search(r"^Sources$", texts[last], re.M) is not None,
          f"the section after the register does not start the page after the landscape ones")
    for n in landscape:
        check(f"Page {n} of {len(texts)}" in texts[n - 1], f"page {n}'s footer is not 'Page {n} of …'")

    # Word boxes of a landscape page: the table reaches past a portrait page's width, the
    # running header's right-hand text ends near the turned frame's right edge, nothing is off
    # the page.
    page = run(["pdftotext", "-bbox-layout", "-f", str(first), "-l", str(first), pdf, "-"],
               check=True).stdout
    words = [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        page)]
    check(max(x1 for _, _, x1, _, _ in words) > 700, "no text beyond x = 700 on a landscape page")
    check(all(x1 <= 841.89 and y1 <= 595.276 for _, _, x1, y1, _ in words),
          "text off the landscape page")
    header = [w for w in words if w[3] < 60]  # above the 25 mm top margin
    check(header != [], "no running header on the landscape page")
    if header:
        right = max(x1 for _, _, x1, _, _ in header)
        # Past a portrait page's width (the logo may stand at its end, on the right of even pages).
        check(700 < right <= 841.89 - 50, f"the header ends at x = {right}, not across the turned page")
    footer = [w for w in words if w[1] > 595.276 - 50]
    marks = [w for w in footer if w[4] == "Page"]
    check(marks != [], "no 'Page N of M' in the landscape page's footer")
    if marks:
        # The footer's centre is the turned frame's centre (inner 25 mm, outer 20 mm).
        # "Page N of M": the mark and the three words after it on its line.
        line = sorted((w for w in footer if abs(w[1] - marks[0][1]) < 2), key=lambda w: w[0])
        at = line.index(marks[0])
        line = line[at:at + 4]
        middle = (min(w[0] for w in line) + max(w[2] for w in line)) / 2
        left = 70.87 if first % 2 else 56.69
        centre = left + (841.89 - 70.87 - 56.69) / 2
        check(abs(middle - centre) < 3, f"the footer is centred at {middle:.1f}, not {centre:.1f}")


def boxes(n):
    page = run(["pdftotext", "-bbox-layout", "-f", str(n), "-l", str(n), pdf, "-"],
               check=True).stdout
    return [(float(a), float(b), float(c), float(d), t) for a, b, c, d, t in re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>',
        page)]


# The annex is set in two columns: under its heading (which spans them) the paragraph's words lie
# left or right of the gap in the middle of the frame, none across it; the band ends balanced.
annex = next((n for n, t in enumerate(texts, 1) if n > 3 and
              re.search(r"^Annex: domestic context from the side panels$", t, re.M)), None)
check(annex is not None, "the annex heading is not found")
if annex:
    words = boxes(annex)
    heading = next(w for w in words if w[4] == "Annex:" and w[1] > 72)  # not the running head
    below = [w for w in words if w[1] > heading[3] + 4 and w[3] < 841.89 - 62.36 - 5]
    # Down to the key-figures panel that spans the columns under them.
    panel = min((w[1] for w in below if w[4] == "1.91"), default=None)
    check(panel is not None, "the annex's key-figures panel is not on its page")
    below = [w for w in below if panel is None or w[3] < panel - 4]
    left = 70.87 if annex % 2 else 56.69
    middle = left + (595.276 - 70.87 - 56.69) / 2
    first_column = [w for w in below if w[2] < middle - 3]
    second_column = [w for w in below if w[0] > middle + 3]
    across = [w[4] for w in below if w[0] < middle + 3 and w[2] > middle - 3]
    check(across == [], f"words across the gap between the annex's columns: {across}")
    check(len(first_column) > 20 and len(second_column) > 20,
          f"{len(first_column)} and {len(second_column)} words in the annex's two columns")
    if first_column and second_column:
        check(max(w[2] for w in first_column) < middle and
              min(w[0] for w in second_column) > middle, "the columns overlap")
        bottoms = [max(w[3] for w in c) for c in (first_column, second_column)]
        check(abs(bottoms[0] - bottoms[1]) <= 2 * 14.5,
              f"the annex's columns end {abs(bottoms[0] - bottoms[1]):.1f}pt apart (not balanced)")
        # Column 1 comes first in the text's order (pdftotext follows the content stream).
        text = pdftotext(pdf, "-f", str(annex), "-l", str(annex))
        check(text.find(first_column[-1][4]) < text.find(second_column[0][4]) or
              first_column[-1][4] == second_column[0][4], "column 2 is read before column 1")

# Print boxes: a layout with bleed="3mm" crop-marks="true" puts the A4 page (TrimBox) in a larger
# sheet, the BleedBox 3 mm around it, and the marks (an artifact) outside the bleed.
folder = scratch("briefing-e2e-geometry-")
data = os.path.join(folder, "data")
shutil.copytree(os.path.join(SOURCE, "layouts"), os.path.join(data, "layouts"))
os.symlink(os.path.abspath(os.path.join(SOURCE, "fonts")), os.path.join(data, "fonts"))
layout = os.path.join(data, "layouts", "annual.xml")
with open(layout, encoding="utf-8") as f:
    xml = f.read()
check('mirror="true" column-gap' in xml, "the annual layout's <page> is not as expected")
with open(layout, "w", encoding="utf-8") as f:
    f.write(xml.replace('mirror="true" column-gap', 'mirror="true" bleed="3mm" crop-marks="true" column-gap'))
out = os.path.join(folder, "print.pdf")
r = run([BINARY, "--data-dir", data, "build", SAMPLE, "-o", out])
check(r.returncode == 0, f"the build with bleed failed: {r.stderr}")
if r.returncode == 0:
    boxes_text = run(["pdfinfo", "-box", "-f", "2", "-l", "2", out], check=True).stdout

    def box(name):
        m = re.search(name + r":\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)", boxes_text)
        return [float(v) for v in m.groups()] if m else None

    media, bleed, trim = box("MediaBox"), box("BleedBox"), box("TrimBox")
    check(trim is not None and bleed is not None, "no TrimBox or BleedBox")
    if trim and bleed and media:
        check(abs(trim[2] - trim[0] - 595.28) < 0.05 and abs(trim[3] - trim[1] - 841.89) < 0.05,
              f"the TrimBox is not A4: {trim}")
        mm3 = 3 * 72 / 25.4
        check(all(abs(abs(a - b) - mm3) < 0.05 for a, b in zip(trim, bleed)),
              f"the BleedBox is not 3 mm around the trim: {bleed} {trim}")
        check(media[0] < bleed[0] and media[2] > bleed[2], "no room for crop marks outside the bleed")
    # The text keeps its place on the trimmed page: the sheet's text is the page's, moved.
    # (Dot leaders stand on a grid of the paper, so their count may differ by one.)
    def words_of(text):
        return [w for w in text.split() if w.strip(".")]

    check(words_of(pdftotext(out, "-f", "2", "-l", "2")) == words_of(texts[1]),
          "the text of page 2 differs with bleed")
finish("page_geometry")
