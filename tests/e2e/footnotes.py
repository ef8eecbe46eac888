"""Footnotes, read back with pdftotext -bbox-layout: every <footnote> of the sample prints at the
foot of the page where its marker falls, under all of the page's body text, with the marker its
reference carries (lettered afresh on each page, in order); a constructed note too long for its
page goes on at the foot of the next, before that page's own note; a layout numbering through
the document with symbols, or by section, and one printing the facts' source notes as
footnotes, number as they say."""
import html
import re
import shutil
import xml.etree.ElementTree as ET

from common import *

LETTERS = "ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ"
SYMBOLS = ["*", "†", "‡", "§", "‖", "¶"]
BASE = os.path.join(SOURCE, "tests", "bad", "base", "brief")


def lines_of(pdf):
    """Per page, its text lines as (yMin, yMax, [words]) with each word's (xMin, text, height)."""
    out = []
    text = run(["pdftotext", "-enc", "UTF-8", "-bbox-layout", pdf, "-"], check=True).stdout
    for page in re.findall(r"<page [^>]*>(.*?)</page>", text, re.S):
        lines = []
        for line in re.findall(r'<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" '
                               r'yMax="([\d.]+)">(.*?)</line>', page, re.S):
            words = [(float(a), html.unescape(t), float(d) - float(b)) for a, b, c, d, t in
                     re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                                r'yMax="([\d.]+)">(.*?)</word>', line[2])]
            lines.append((float(line[0]), float(line[1]), words))
        lines.sort(key=lambda l: l[0])
        out.append(lines)
    return out


def notes_on(lines, signs):
    """The notes starting on a page: (marker, y, first words), a marker alone as a line's first
    word; and the markers in the body text: (marker, y) of words that end with one."""
    starts, refs = [], []
    for y0, y1, words in lines:
        if words and words[0][1] in signs:
            starts.append((words[0][1], y0, " ".join(w[1] for w in words[1:])))
            continue
        for _, text, _ in words:
            for sign in sorted(signs, key=len, reverse=True):
                if len(text) > len(sign) and text.rstrip(".,;:’)").endswith(sign):
                    refs.append((sign, y0))
                    break
    return starts, refs


def note_texts(brief):
    root = ET.parse(brief).getroot()
    return [" ".join("".join(n.itertext()).split()) for n in root.iter("footnote")]


def superscript(n):
    return "".join("⁰¹²³⁴⁵⁶⁷⁸⁹"[int(d)] for d in str(n))


def at_feet(pdf, signs, label, in_order):
    """Checks every page: its notes' markers are the markers in its text, its notes lie under
    all of its body text; returns the notes' first lines in print order."""
    found = []
    for number, lines in enumerate(lines_of(pdf), 1):
        starts, refs = notes_on(lines, signs)
        if in_order:
            check([s[0] for s in starts] == signs[:len(starts)],
                  f"{label} page {number}: notes marked in order, found {[s[0] for s in starts]}")
        check(sorted(set(r[0] for r in refs)) == sorted(s[0] for s in starts),
              f"{label} page {number}: markers in the text {[r[0] for r in refs]} and notes at "
              f"the foot {[s[0] for s in starts]} differ")
        if not starts:
            continue
        top = min(s[1] for s in starts)
        body = max((w[2] for l in lines for w in l[2]), default=0)  # the body's word height
        below = [" ".join(w[1] for w in l[2]) for l in lines if l[0] > top and
                 any(w[2] > body * 0.9 for w in l[2])]
        check(not below, f"{label} page {number}: body text under the notes: {below[:2]}")
        check(all(y < top for _, y in refs), f"{label} page {number}: a marker under the notes")
        found += [s[2] for s in starts]
    return found


# The sample: every note under the body of the page its marker is on, lettered from ᵃ on each.
pdf = build_sample()
expected = note_texts(os.path.join(SAMPLE, "brief.xml"))
check(len(expected) >= 6, f"the sample has footnotes in two sections, found {len(expected)}")
found = at_feet(pdf, list(LETTERS), "the sample", True)
check(len(found) == len(expected), f"{len(expected)} notes in the brief, {len(found)} printed")
for text, note in zip(found, expected):
    check(note.startswith(text[:25]), f"note printed as '{text[:40]}', expected '{note[:40]}'")

# The shipped brief whose source notes are footnotes: each at the foot of its figure's page.
brief = os.path.join(SOURCE, "briefs", "footnoted-sources")
code, _, err, pdf = build(brief)
check(code == 0, f"briefs/footnoted-sources builds: {err}")
found = at_feet(pdf, [superscript(n) for n in range(1, 40)], "footnoted-sources", False)
quotes = [n for n in found if "Ambassador He Wei reviews" in n]
check(len(quotes) >= 5, f"footnoted-sources prints its source notes as footnotes: {len(quotes)}")


def brief_with(body, layout_edit=None, facts=None):
    """A scratch brief over the bad-input base, with its own copy of the annual layout edited."""
    root = scratch("briefing-e2e-footnotes-")
    brief = os.path.join(root, "brief")
    shutil.copytree(BASE, brief)
    layout = "annual"
    if layout_edit:
        shutil.copytree(os.path.join(SOURCE, "layouts", "images"), os.path.join(brief, "images"))
        with open(os.path.join(SOURCE, "layouts", "annual.xml"), encoding="utf-8") as f:
            text = f.read()
        old, new = layout_edit
        check(old in text, f"the annual layout has {old}")
        with open(os.path.join(brief, "own.xml"), "w", encoding="utf-8") as f:
            f.write(text.replace(old, new))
        layout = "own.xml"
    if facts:
        with open(os.path.join(brief, "facts.xml"), "w", encoding="utf-8") as f:
            f.write(facts)
    with open(os.path.join(brief, "brief.xml"), "w", encoding="utf-8") as f:
        f.write(f"""<?xml version="1.0" encoding="UTF-8"?>
<brief layout="{layout}" lang="en">
  <title>Footnotes</title>
  <date>2026-01-15</date>
  <sources>
    <article id="a" file="articles/a.txt" agency="Agency" title="An article"/>
  </sources>
{body}
  <section title="Sources"><sources-list/></section>
</brief>
""")
    code, _, err, out = build(brief, os.path.join(root, "out.pdf"))
    check(code == 0, f"a constructed brief builds: {err}")
    return out


FILLER = ("The delegations reviewed cooperation in trade, investment, transport and education, "
          "and agreed to meet again before the end of the year. ") * 3
LONG = " ".join(f"Sentence {n} of a long note that explains the background of the passage."
                for n in range(1, 41))


def paragraphs(count):
    return "\n".join(f"<p>{FILLER}</p>" for _ in range(count))


# A long note whose marker falls low on its page: its first lines there, the rest first at the
# next page's foot, with no marker of its own, then that page's note.
pdf = brief_with(f"""<section title="Long">{paragraphs(14)}
<p>{FILLER}<footnote>{LONG}</footnote> {FILLER}</p>
<p>{FILLER}<footnote>A short note after the long one.</footnote></p>{paragraphs(8)}</section>""")
pages = lines_of(pdf)
where = [i for i, lines in enumerate(pages) if any("Sentence 1 of" in " ".join(w[1] for w in l[2])
                                                     for l in lines)]
last = [i for i, lines in enumerate(pages) if any("Sentence 40 of" in " ".join(w[1] for w in l[2])
                                                    for l in lines)]
check(len(where) == 1 and len(last) == 1 and last[0] == where[0] + 1,
      f"the long note starts on one page and ends on the next: {where} {last}")
if len(where) == 1 and len(last) == 1:
    starts, refs = notes_on(pages[where[0]], list(LETTERS))
    check([r[0] for r in refs] == ["ᵃ"] and [s[0] for s in starts] == ["ᵃ"],
          f"its marker and its first lines on the same page: {refs} {starts}")
    following = pages[last[0]]
    starts, refs = notes_on(following, list(LETTERS))
    end = [l[0] for l in following if "Sentence 40 of" in " ".join(w[1] for w in l[2])][0]
    check(len(starts) == 1 and starts[0][1] > end,
          f"the continued part comes first at the next page's foot: {starts}, {end}")
    notes = [l for l in following if l[0] >= min(
        l[0] for l in following if "Sentence" in " ".join(w[1] for w in l[2]))]
    check(notes and notes[0][2][0][1] not in LETTERS, "the continued part has no marker")
    check(sum(1 for l in notes if "Sentence" in " ".join(w[1] for w in l[2])) >= 2,
          "at least two lines of the note go on on the next page")

# Numbering through the document with symbols: no restart on a new page.
body = f"""<section title="One">{paragraphs(1)}<p>First.<footnote>Note one.</footnote>
Second.<footnote>Note two.</footnote></p>{paragraphs(10)}
<p>Third.<footnote>Note three.</footnote></p></section>
<section title="Two"><p>Fourth.<footnote>Note four.</footnote></p></section>"""
FOOTNOTES = '<footnotes numbering="page" marker="letter" rule="0.4pt"/>'
pdf = brief_with(body, (FOOTNOTES, '<footnotes numbering="document" marker="symbol"/>'))
printed = [s for lines in lines_of(pdf) for s in notes_on(lines, SYMBOLS)[0]]
check([(s[0], s[2]) for s in printed] == [("*", "Note one."), ("†", "Note two."),
                                         ("‡", "Note three."), ("§", "Note four.")],
      f"symbols through the document: {printed}")
pages_of = [i for i, lines in enumerate(lines_of(pdf)) for s in notes_on(lines, SYMBOLS)[0]]
check(len(set(pages_of)) >= 2, f"the notes of the document case span pages: {pages_of}")
# By section: the fourth note, first of section two, starts again.
pdf = brief_with(body, (FOOTNOTES, '<footnotes numbering="section" marker="symbol"/>'))
printed = [s[0] for lines in lines_of(pdf) for s in notes_on(lines, SYMBOLS)[0]]
check(printed == ["*", "†", "‡", "*"], f"symbols by section: {printed}")
# By page (the shipped layout): the third note, alone on its page, is ᵃ again.
pdf = brief_with(body)
printed = [s[0] for lines in lines_of(pdf) for s in notes_on(lines, list(LETTERS))[0]]
check(printed == ["ᵃ", "ᵇ", "ᵃ", "ᵇ"] or printed == ["ᵃ", "ᵇ", "ᵃ", "ᵃ"],
      f"letters by page: {printed}")

# Source notes as footnotes: the fact's marker is a number, its note at the foot names the
# article and quotes the sentence, and the sources list quotes nothing.
FACTS = """<?xml version="1.0" encoding="UTF-8"?>
<facts>
  <fact id="fruit" label="Fruit exports" kind="percent" value="12" change="up"
        quote="Exports of fruit rose 12 percent." article="a"/>
</facts>
"""
pdf = brief_with('<section title="Trade"><p>Fruit exports were <fact ref="fruit"/>, a note '
                 'says.<footnote>An analyst\'s note.</footnote></p></section>',
                 (FOOTNOTES, '<footnotes numbering="document" source-notes="footnotes"/>'),
                 FACTS)
printed = [s for lines in lines_of(pdf) for s in notes_on(lines, ["¹", "²", "³"])[0]]
check([s[0] for s in printed] == ["¹", "²"], f"a source note and a footnote, numbered: {printed}")
if printed:
    check("Agency" in printed[0][2] and "Exports of fruit" in " ".join(
        " ".join(w[1] for w in l[2]) for lines in lines_of(pdf) for l in lines),
          f"the source note names the article and quotes it: {printed[0]}")
text = pdftotext(pdf)
check("Note 1:" not in text, "the sources list quotes nothing when the notes are footnotes")
check("12%¹" in text or "12 percent¹" in text or re.search(r"12\S*¹", text),
      "the fact carries its footnote's number")
finish("footnotes")
