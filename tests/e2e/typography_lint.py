"""The typographic lint (tests/lint/typolint.py, rules in docs/lint.md) passes on everything
shipped: the sample, every brief in briefs/, the benchmark's reference workload as a brief, and
generated briefs whose paragraphs, headings, key figures and lists fall at every place of a page.
Poppler's `pdftotext -bbox-layout` confirms that the PDF holds, on every page, the foot line the
lint read from the page model."""
import html
import os
import random
import re
import sys

from common import BINARY, SOURCE, check, finish, run, scratch

sys.path.insert(0, os.path.join(SOURCE, "tests", "lint"))
import typolint  # noqa: E402

WORK = scratch("briefing-lint-")


def layout_of(brief):
    name = re.search(r'<brief\b[^>]*\blayout="([^"]+)"',
                     open(os.path.join(brief, "brief.xml"), encoding="utf-8").read()).group(1)
    if name.endswith(".xml"):
        return os.path.join(brief, name)
    return os.path.join(SOURCE, "layouts", name + ".xml")


def pdf_words(pdf):
    """Per page, poppler's words: (xMin, yMin, yMax, text)."""
    xml = run(["pdftotext", "-bbox-layout", pdf, "-"], check=True).stdout
    pages = []
    for body in re.findall(r"<page .*?</page>", xml, re.S):
        pages.append([(float(x), float(y0), float(y1), html.unescape(t)) for x, y0, y1, t in
                      re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                                 r'yMax="([\d.]+)">(.*?)</word>', body)])
    return pages


def same_foot(pages, words, frame, label):
    """The line the page-break rules judge, each page's last body line, is in the PDF there."""
    for page, found in zip(pages, words):
        segs = typolint.body_segments(page, frame)
        if not segs:
            continue
        last = max(segs, key=lambda s: (s.y, s.x0))
        first = last.pieces[0].text.split()[0] if last.pieces[0].text.split() else ""
        check(any(abs(x - last.x0) < 2 and y0 - 1 < last.y < y1 + 1 and t.startswith(first)
                  for x, y0, y1, t in found),
              f"{label}: page {page.number}: the PDF has no “{first}” at the foot line the lint read")


def lint_brief(brief, label):
    dump = os.path.join(WORK, label + ".dump")
    pdf = os.path.join(WORK, label + ".pdf")
    for out, extra in ((dump, ["--dump", "pages"]), (pdf, [])):
        r = run([BINARY, "build", brief, "-o", out, *extra])
        if r.returncode != 0:
            check(False, f"{label}: did not build: {r.stderr[-2000:]}")
            return
    text = open(dump, encoding="utf-8").read()
    pages = typolint.read_dump(text)
    frame = typolint.read_margins(layout_of(brief))
    words = pdf_words(pdf)
    check(len(pages) == len(words), f"{label}: the dump and the PDF differ in pages")
    same_foot(pages, words, frame, label)
    problems = typolint.lint(text, frame, typolint.source_vocabulary(brief))
    for p in problems:
        print(f"{label}: {p}")
    check(not problems, f"{label}: {len(problems)} typographic problem(s)")


WORDS = ("trade investment border railway cooperation agreement province delegation tourism "
         "visitors exports imports ministry capacity logistics connectivity approximately "
         "partnership framework negotiation customs electricity infrastructure the of and in "
         "to with for between two sides new year month quarter").split()


def sentence(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
    return " ".join(words).capitalize() + "."


def paragraph(rng):
    return " ".join(sentence(rng) for _ in range(rng.randint(1, 6)))


def generated_brief(seed):
    """Sections of paragraphs of every length, sub-headings, a list, a quote and a key-figures
    panel with long words in narrow columns, so headings and paragraph ends fall everywhere."""
    rng = random.Random(seed)
    folder = os.path.join(WORK, f"generated-{seed}")
    os.makedirs(folder)
    body = []
    for s in range(rng.randint(4, 7)):
        body.append(f'  <section title="{sentence(rng)[:40].rstrip(". ")}">')
        for _ in range(rng.randint(2, 7)):
            kind = rng.random()
            if kind < 0.12:
                body.append(f'    <section title="{rng.choice(WORDS).capitalize()} outlook">'
                            f"<p>{paragraph(rng)}</p></section>")
            elif kind < 0.2:
                items = "".join(f"<item>{sentence(rng)}</item>" for _ in range(rng.randint(2, 5)))
                body.append(f"    <list>{items}</list>")
            elif kind < 0.26:
                body.append(f'    <quote attribution="Vietnam News Agency, VietnamPlus">'
                            f"<p>{paragraph(rng)}</p></quote>")
            elif kind < 0.3:
                figures = "".join(
                    f'<figure value="approximately {rng.randint(2, 9)}.{rng.randint(1, 9)} '
                    f'million" reason="generated">{rng.choice(WORDS).capitalize()}</figure>'
                    for _ in range(5))
                body.append(f"    <keyfigures>{figures}</keyfigures>")
            else:
                body.append(f"    <p>{paragraph(rng)}</p>")
        body.append("  </section>")
    # The key figures' values are declared literals, whose notes the sources list gives.
    if any("<keyfigures>" in block for block in body):
        body.append('  <section title="Sources"><sources-list/></section>')
    with open(os.path.join(folder, "brief.xml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<brief layout="annual" lang="en">\n'
                f"  <title>Generated brief {seed}</title>\n  <date>2026-01-15</date>\n"
                + "\n".join(body) + "\n</brief>\n")
    return folder


def workload_brief():
    folder = os.path.join(WORK, "workload")
    r = run([sys.executable, os.path.join(SOURCE, "bench", "make_brief.py"),
             os.path.join(SOURCE, "bench", "workload.json"), folder])
    check(r.returncode == 0, f"the workload brief was not made: {r.stderr}")
    return folder


for name in sorted(os.listdir(os.path.join(SOURCE, "briefs"))):
    lint_brief(os.path.join(SOURCE, "briefs", name), name)
lint_brief(workload_brief(), "workload")
for seed in (1, 2, 3, 4):
    lint_brief(generated_brief(seed), f"generated-{seed}")

finish("typography_lint")
