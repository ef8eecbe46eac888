"""No unverified figure on paper: `build` of the sample prints only figures its facts verify (no
error, no warning); a figure typed into a paragraph, a table cell, a key figure's note, a chart's
subtitle, or a chart's literal values is refused at its place in brief.xml and nothing is
written; with --draft the same brief builds, each figure a warning, every page stamped DRAFT; a
<literal reason> prints with a note saying it is not verified."""
from common import *

code, _, err, pdf = build()
check(code == 0, f"the sample did not build: {err}")
check("warning:" not in err and "error:" not in err, f"the sample builds with messages: {err}")

folder = scratch("briefing-e2e-literals-")
brief = os.path.join(folder, "brief")
shutil.copytree(SAMPLE, brief)
xml_path = os.path.join(brief, "brief.xml")
with open(xml_path, encoding="utf-8") as f:
    xml = f.read()

# (what is typed where, the text it replaces, the figure the message names, its place)
TYPED = [
    ("The Chinese side in particular presented the year as a series of firsts.",
     "The Chinese side in particular presented the year as a series of 45 firsts.",
     "'45' in a paragraph"),
    ("<cell>he-wei</cell></row>\n        <row><cell>Security dialogue</cell>",
     "<cell>he-wei, 3,000</cell></row>\n        <row><cell>Security dialogue</cell>",
     "'3,000' in a table cell"),
    ('note="Xi Jinping’s state visit, April 2025"', 'note="Xi Jinping’s state visit, up 12%"',
     "'12%' in a key figure's note"),
    ('subtitle="People, as reported by the Chinese ambassador"',
     'subtitle="People, USD 2.4 billion, as reported by the Chinese ambassador"',
     "'USD 2.4 billion' in a chart's subtitle"),
    ('<category label="China" fact="durian-share"/>',
     '<category label="China"/><category label="Others"/><series label="S" values="70 30"/>',
     "a chart's values are written in the brief"),
]


def line_col(text, needle):
    """1-based line and column of `needle` in text (column in characters: what the reader of
    brief.xml counts for text in the ASCII lines these are)."""
    at = text.index(needle)
    line = text.count("\n", 0, at) + 1
    return line, at - (text.rfind("\n", 0, at) + 1) + 1


for old, new, _ in TYPED:
    check(xml.count(old) == 1, f"the sample no longer holds {old!r}")
    xml = xml.replace(old, new)
with open(xml_path, "w", encoding="utf-8") as f:
    f.write(xml)

out = os.path.join(folder, "out.pdf")
r = run([BINARY, "build", brief, "-o", out])
check(r.returncode == 1, f"a brief with typed figures built (exit {r.returncode})")
check(not os.path.exists(out), "a refused build wrote its PDF")
errors = [line for line in r.stderr.splitlines() if ": error: " in line]
check(len(errors) == len(TYPED), f"{len(errors)} errors for {len(TYPED)} typed figures: {r.stderr}")
for _, new, says in TYPED:
    line, _ = line_col(xml, new)
    found = [e for e in errors if says in e and f"brief.xml:{line}:" in e]
    check(found, f"no error at line {line} naming {says}: {r.stderr}")
# The paragraph's figure is reported at its text: the line and the column the text starts at.
paragraph_line, _ = line_col(xml, TYPED[0][1])
check(re.search(rf"brief\.xml:{paragraph_line}:\d+: error: the figure '45' in a paragraph is "
                r"verified by no fact; cite a fact \(<fact ref=", r.stderr),
      f"the paragraph's error does not say how to cite a fact: {r.stderr}")

r = run([BINARY, "build", brief, "--draft", "-o", out])
check(r.returncode == 0, f"--draft did not build: {r.stderr}")
warnings = [line for line in r.stderr.splitlines() if ": warning: " in line]
check(len(warnings) == len(TYPED), f"{len(warnings)} warnings in the draft: {r.stderr}")


def stamp_letters(pdf, page):
    """The page's letters set at the DRAFT stamp's 110 pt, sorted: pdftotext reads the turned
    word in pieces, in no fixed order."""
    words = pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))
    return "".join(sorted("".join(m.group(3) for m in re.finditer(
        r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</word>', words)
        if float(m.group(2)) - float(m.group(1)) > 40)))


if r.returncode == 0:
    for n in range(1, page_count(out) + 1):
        check(stamp_letters(out, n) == "ADFRT", f"page {n} of the draft is not stamped DRAFT")
    check("45" in pdftotext(out), "the draft does not print the typed figure")

r = run([BINARY, "validate", brief, "--draft"])
check(r.returncode == 0, f"validate --draft refused the draft: {r.stderr}")

# A literal declared with its reason builds without --draft, and its note says why.
literal = xml.replace(TYPED[0][1], 'The Chinese side in particular presented the year as a '
                      'series of <literal reason="the ambassador’s own count">45</literal> firsts.')
for old, new, _ in TYPED[1:]:
    literal = literal.replace(new, old)
with open(xml_path, "w", encoding="utf-8") as f:
    f.write(literal)
r = run([BINARY, "build", brief, "-o", out])
check(r.returncode == 0 and "warning:" not in r.stderr, f"the literal did not build: {r.stderr}")
if r.returncode == 0:
    text = pdftotext(out)
    check(re.search(r"45\s*\[\d+\] firsts", text) or re.search(r"45\S* firsts", text),
          "the literal is not printed with its note marker")
    check("not verified: the ambassador’s own count" in " ".join(text.split()),
          "the sources list does not say the literal is not verified")
    check(stamp_letters(out, 2) == "", "a build with a declared literal is stamped DRAFT")
finish("literals")
