"""Numbers in a `decimal` column line up on their decimal point, qualifiers before them and units
after them notwithstanding, in an English brief (point) and a Vietnamese one (comma). Every
number here ends in the same fraction (".5" or ",5"), so equal right edges of the number words,
as poppler's -bbox-layout reports them, are equal decimal points; a column set flush right
instead fails, since "152.5 bn" ends its number short of the column's edge."""
import re

from common import *

BASE = os.path.join(SOURCE, "tests", "bad", "base", "brief")

ROWS = {
    "en": ["61.5", "≈ 70.5", "1,615.5", "152.5 bn", "&gt; 3.5", "0.5 %"],
    "vi": ["61,5", "≈ 70,5", "1.615,5", "152,5 tỷ", "&gt; 3,5", "0,5 %"],
}


def brief(lang):
    rows = "\n".join(f"<row><cell>Row {i}</cell><cell>{v}</cell><cell>{v}</cell></row>"
                     for i, v in enumerate(ROWS[lang]))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<brief layout="annual" lang="{lang}">
  <title>Decimals</title>
  <date>2026-01-15</date>
  <section title="Numbers">
    <table widths="2,1,1" aligns="left,decimal,right">
      <head><row><cell>Item</cell><cell>Aligned</cell><cell>Right</cell></row></head>
      {rows}
    </table>
  </section>
</brief>
"""


def number_right_edges(pdf):
    """The right edge of each word holding a digit, by column (left edge of the word's cell)."""
    xml = run(["pdftotext", "-bbox-layout", pdf, "-"], check=True).stdout
    words = re.findall(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">(.*?)</word>', xml)
    return [(float(x0), float(x1), w) for x0, x1, w in words if re.search(r"\d[.,]5$", w)]


for lang in ("en", "vi"):
    folder = scratch(f"briefing-decimals-{lang}-")
    shutil.copytree(BASE, os.path.join(folder, "brief"))
    with open(os.path.join(folder, "brief", "brief.xml"), "w", encoding="utf-8") as f:
        f.write(brief(lang))
    # Typed figures (a literal's note number would sit after each): built as a draft.
    pdf = os.path.join(folder, "out.pdf")
    r = run([BINARY, "build", os.path.join(folder, "brief"), "--draft", "-o", pdf])
    code, err = r.returncode, r.stderr
    check(code == 0, f"{lang}: the brief did not build: {err}")
    if code != 0:
        continue
    words = number_right_edges(pdf)
    check(len(words) == 2 * len(ROWS[lang]), f"{lang}: found {len(words)} numbers: {words}")
    middle = sorted(words)[len(words) // 2][0]
    aligned = [x1 for x0, x1, _ in words if x0 < middle]
    right = [x1 for x0, x1, _ in words if x0 >= middle]
    check(len(aligned) == len(ROWS[lang]), f"{lang}: {len(aligned)} numbers in the decimal column")
    check(max(aligned) - min(aligned) < 0.05,
          f"{lang}: decimal points spread over {max(aligned) - min(aligned):.2f}pt: {aligned}")
    # The control: the same numbers set flush right do not line up, so the check can fail.
    check(max(right) - min(right) > 2, f"{lang}: the right-aligned column lines up too: {right}")

finish("table_decimals")
