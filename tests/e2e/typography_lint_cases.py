"""Each rule of the typographic lint (tests/lint/typolint.py, docs/lint.md) fails on a page made to
break it, and stays quiet on the same page set right: a lint that cannot fail checks nothing."""
import os
import sys

from common import check, finish

sys.path.insert(0, os.path.join(sys.argv[2], "tests", "lint"))
import typolint  # noqa: E402

FRAME = typolint.Frame(top=70, bottom=60)
LEFT, RIGHT = 57.0, 524.0
BODY = ("serif/regular", 10.5)
HEADING = ("sans/bold", 15.0)
WORDS = {"approximately", "million", "the", "trade", "grew", "by", "report", "exbulletin",
         "tolam", "txt", "sources", "in", "figures"}


def line(y, words, face=BODY, left=LEFT, justify=True):
    """One line of dump items: words set from `left`, spread to the right edge if justified."""
    family, size = face
    widths = [len(w) * size * 0.5 for w in words]
    gap = size * 0.25
    if justify and len(words) > 1:
        gap = (RIGHT - left - sum(widths)) / (len(words) - 1)
    out, x = [], left
    for i, (word, width) in enumerate(zip(words, widths)):
        text = word + (" " if i + 1 < len(words) else "")
        out.append(f'  text {x:.2f} {y:.2f} {family} Face {size:.2f} #1a1a1a {width:.2f} "{text}"')
        x += width + gap
    return out


def page(number, lines):
    return "\n".join([f"page {number} size 595.28 841.89", *lines])


FULL = "the trade figures grew by the report in the sources of the trade figures".split()


def paragraph(y, n, last=("grew", "by", "the", "report"), face=BODY):
    out = []
    for k in range(n - 1):
        out += line(y + k * 14.5, FULL, face)
    out += line(y + (n - 1) * 14.5, list(last), face, justify=False)
    return out


def rules_of(text):
    return {p.split(": ")[1] for p in typolint.lint(text, FRAME, WORDS)}


def case(name, bad, good, rule):
    found = rules_of(bad)
    check(rule in found, f"{name}: the lint did not report '{rule}' (found {sorted(found)})")
    clean = rules_of(good)
    check(not clean, f"{name}: the page set right still fails: {sorted(clean)}")


# A heading as the last line of a page, its text on the next.
case("heading at foot",
     page(1, paragraph(100, 3) + line(760, ["4", "Outlook"], HEADING, justify=False))
     + "\n" + page(2, paragraph(100, 3)),
     page(1, paragraph(100, 3)) + "\n" + page(2, line(100, ["4", "Outlook"], HEADING, justify=False)
                                            + paragraph(130, 3)),
     "heading-at-foot")

# A paragraph's first line alone at a page's foot (orphan).
case("orphan",
     page(1, paragraph(100, 3) + line(760, FULL)) + "\n" + page(2, paragraph(100, 3)),
     page(1, paragraph(100, 3) + line(745.5, FULL) + line(760, FULL))
     + "\n" + page(2, paragraph(100, 3)),
     "orphan")

# A paragraph's last line alone at the next page's top (widow).
case("widow",
     page(1, paragraph(100, 3) + line(731, FULL) + line(745.5, FULL) + line(760, FULL))
     + "\n" + page(2, line(100, ["grew", "by", "the", "report"], justify=False)
                   + paragraph(130, 3)),
     page(1, paragraph(100, 3) + line(745.5, FULL) + line(760, FULL))
     + "\n" + page(2, line(100, FULL) + line(114.5, ["grew", "by", "the", "report"], justify=False)
                   + paragraph(140, 3)),
     "widow")

# A word cut between letters without a hyphen, as in a narrow key-figure panel.
case("broken word",
     page(1, line(100, ["approximatel"], left=LEFT, justify=False)
          + line(114.5, ["y", "2.1", "million"], justify=False)),
     page(1, line(100, ["approximately"], justify=False)
          + line(114.5, ["2.1", "million"], justify=False)),
     "broken-word")

# A file name broken at its hyphen.
case("broken file name",
     page(1, line(100, ["the", "report", "(exbulletin-"], justify=False)
          + line(114.5, ["tolam.txt)"], justify=False)),
     page(1, line(100, ["the", "report"], justify=False)
          + line(114.5, ["(exbulletin-tolam.txt)"], justify=False)),
     "broken-file-name")

# One short word alone on the last line of a wide paragraph.
case("short last line",
     page(1, paragraph(100, 3, last=("sources.",))),
     page(1, paragraph(100, 3, last=("grew", "by", "the", "report", "sources."))),
     "short-last-line")

# The running header and footer, outside the body frame, are not the page's lines.
header_only = page(1, paragraph(100, 3) + line(40, ["4", "Outlook"], HEADING, justify=False)
                   + line(800, ["4", "Outlook"], HEADING, justify=False))
check(not rules_of(header_only), f"running elements were linted: {rules_of(header_only)}")

finish("typography_lint_cases")
