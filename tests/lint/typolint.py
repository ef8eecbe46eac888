"""Typographic lint: reads a built document's pages and reports what a reader of the printed
briefing would notice. The rules and their thresholds are in docs/lint.md.

Input is the page model `briefing build --dump pages` writes (every piece of text with its
position, face, size and colour), so the lint sees the pages the PDF shows with their fonts,
which a PDF's text layer does not say; tests/e2e/typography_lint.py checks with poppler's
`pdftotext -bbox-layout` that the PDF holds the same words in the same places.

Usage: python3 typolint.py DUMP LAYOUT.xml BRIEF_DIR   (exit 1 when a rule fails)
"""
import os
import re
import sys
from collections import Counter
from dataclasses import dataclass, field

# A piece of text further than this many ems from the one before it on a baseline starts
# another segment: a table cell, a key figure's column, a chart label.
SEGMENT_GAP_EM = 1.2
# Consecutive segments are lines of one paragraph when their baselines are this close (in ems
# of their size) and they share a left edge, a right edge or a centre.
PARAGRAPH_GAP_EM = (1.0, 1.5)
EDGE_TOLERANCE = 1.5  # points
# A short last line: one word of fewer than this many characters closing a paragraph wider
# than this share of the measure.
SHORT_WORD = 10
WIDE_PARAGRAPH = 0.6

FILE_NAME = re.compile(r"[\w-]+[-/][\w.-]*\.[A-Za-z][A-Za-z0-9]{0,4}\b")
IDEOGRAPH = re.compile("[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")
ITEM = re.compile(r'^(\s*)text (\S+) (\S+) (\S+) \S+ (\S+) (\S+) (\S+)(?: rtl)? "(.*)"$')
PAGE = re.compile(r"^page (\d+) size (\S+) (\S+)")


@dataclass
class Piece:
    x: float
    y: float
    family: str
    size: float
    color: str
    width: float
    text: str

    @property
    def bold(self):
        return "bold" in self.family

    @property
    def end(self):
        return self.x + self.width


@dataclass
class Segment:
    pieces: list

    @property
    def x0(self):
        return self.pieces[0].x

    @property
    def x1(self):
        last = self.pieces[-1]
        # The width of a piece includes its trailing spaces, which do not show.
        return last.x + last.width * len(last.text.rstrip()) / max(len(last.text), 1)

    @property
    def y(self):
        return self.pieces[0].y

    @property
    def size(self):
        sizes = Counter()
        for p in self.pieces:
            sizes[p.size] += len(p.text)
        return sizes.most_common(1)[0][0]

    @property
    def text(self):
        return "".join(p.text for p in self.pieces).strip()

    @property
    def heading(self):
        return all(p.bold for p in self.pieces)


@dataclass
class Page:
    number: int
    width: float
    height: float
    pieces: list = field(default_factory=list)
    rules: list = field(default_factory=list)  # horizontal strokes: (x1, x2, y)


def unescape(text):
    return re.sub(r"\\x([0-9a-f]{2})|\\(.)",
                  lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)


def read_dump(text):
    pages = []
    for line in text.splitlines():
        m = PAGE.match(line)
        if m:
            pages.append(Page(int(m.group(1)), float(m.group(2)), float(m.group(3))))
            continue
        if not pages:
            continue
        m = ITEM.match(line)
        if m and len(m.group(1)) == 2:  # artifacts (stamps, watermarks) are indented further
            x, y, family, size, color, width, quoted = m.groups()[1:]
            pages[-1].pieces.append(Piece(float(x), float(y), family, float(size), color,
                                          float(width), unescape(quoted)))
        elif line.startswith("  stroke "):
            x1, y1, x2, y2 = map(float, line.split()[1:5])
            if abs(y1 - y2) < 0.01:
                pages[-1].rules.append((min(x1, x2), max(x1, x2), y1))
    return pages


def segments(page):
    """The page's text as segments: pieces on one baseline with no wide gap between them."""
    by_line = {}
    for p in page.pieces:
        by_line.setdefault(round(p.y, 1), []).append(p)
    out = []
    for y in sorted(by_line):
        pieces = sorted(by_line[y], key=lambda p: p.x)
        current = [pieces[0]]
        for p in pieces[1:]:
            if p.x - current[-1].end > SEGMENT_GAP_EM * p.size:
                out.append(Segment(current))
                current = []
            current.append(p)
        out.append(Segment(current))
    return out


def same_paragraph(a, b):
    gap = b.y - a.y
    if a.size != b.size or not (PARAGRAPH_GAP_EM[0] * a.size <= gap <= PARAGRAPH_GAP_EM[1] * a.size):
        return False
    return (abs(a.x0 - b.x0) < EDGE_TOLERANCE or abs(a.x1 - b.x1) < EDGE_TOLERANCE
            or abs((a.x0 + a.x1) - (b.x0 + b.x1)) < 2 * EDGE_TOLERANCE)


@dataclass
class Frame:
    """The page body: between the top and bottom margins (running header and footer outside),
    above a footnote rule when there is one, from the leftmost to the rightmost body text."""
    top: float
    bottom: float


def body_segments(page, frame):
    top, bottom = frame.top, page.height - frame.bottom
    # A footnote area starts under a short rule in the lower half of the body.
    for x1, x2, y in page.rules:
        if (top + bottom) / 2 < y < bottom and x2 - x1 < 0.4 * page.width:
            bottom = min(bottom, y)
    return [s for s in segments(page) if top - 0.5 < s.y <= bottom + 0.5]


def paragraphs(segs):
    """Groups segments into paragraphs: each segment joins the paragraph whose last line sits
    just above it at the same size and edge."""
    groups = []
    for s in sorted(segs, key=lambda s: (s.y, s.x0)):
        for g in groups:
            if g[-1].y < s.y and same_paragraph(g[-1], s):
                g.append(s)
                break
        else:
            groups.append([s])
    return groups


class Lint:
    def __init__(self, pages, frame, vocabulary):
        self.pages = pages
        self.frame = frame
        self.problems = []
        # The words the document was made from: a word cut in two is one of them, its halves
        # mostly are not ("approximately", not "approximatel" and "y").
        self.vocabulary = vocabulary
        # The measure: the widest spread of body text on any page.
        spreads = []
        for page in pages:
            segs = body_segments(page, frame)
            if segs:
                spreads.append(max(s.x1 for s in segs) - min(s.x0 for s in segs))
        self.measure = max(spreads) if spreads else 0

    def report(self, page, rule, text):
        self.problems.append(f"page {page.number}: {rule}: {text}")

    def run(self):
        bodies = [(page, paragraphs(body_segments(page, self.frame))) for page in self.pages]
        for page, groups in bodies:
            self.heading_at_foot(page, groups)
            for g in groups:
                self.broken_words(page, g)
                self.short_last_line(page, g)
        for (page, groups), (after, next_groups) in zip(bodies, bodies[1:]):
            self.split_paragraph(page, groups, after, next_groups)
        return self.problems

    def known(self, word):
        return word.lower() in self.vocabulary

    @staticmethod
    def lowest(groups):
        return max(groups, key=lambda g: g[-1].y) if groups else None

    @staticmethod
    def highest(groups):
        return min(groups, key=lambda g: g[0].y) if groups else None

    def heading_at_foot(self, page, groups):
        last = self.lowest(groups)
        if not last:
            return
        body = Counter()
        for g in groups:
            for s in g:
                body[s.size] += len(s.text)
        body_size = body.most_common(1)[0][0]
        s = last[-1]
        left = min(seg.x0 for g in groups for seg in g)
        if s.heading and s.size >= body_size and abs(s.x0 - left) < EDGE_TOLERANCE:
            self.report(page, "heading-at-foot", f"the heading “{s.text}” is the page's last line")

    def broken_words(self, page, group):
        for a, b in zip(group, group[1:]):
            self.broken_between(page, a, b)

    def broken_between(self, page, a, b):
        self.broken_file_name(page, a, b)
        tail = re.search(r"([^\W\d_]+)$", a.text)
        head = re.match(r"([^\W\d_]+)", b.text)
        if not tail or not head or not head.group(1)[0].islower():
            return
        joined = tail.group(1) + head.group(1)
        if self.known(joined) and not (self.known(tail.group(1)) and self.known(head.group(1))):
            self.report(page, "broken-word",
                        f"“{tail.group(1)} / {head.group(1)}” is a word broken without a hyphen")

    def broken_file_name(self, page, a, b):
        if not a.text.endswith(("-", "/")) or not a.text.split() or not b.text.split():
            return
        joined = a.text.split()[-1] + b.text.split()[0]
        # A name wider than the measure (a long address) must break somewhere; its width is
        # estimated at half an em a character, the lines giving no width per word.
        if len(joined) * 0.5 * a.size > self.measure:
            return
        if FILE_NAME.search(joined):
            self.report(page, "broken-file-name", f"“{a.text.split()[-1]} / {b.text.split()[0]}”"
                        " breaks a file name")

    def short_last_line(self, page, group):
        if len(group) < 2:
            return
        wide = max(s.x1 for s in group) - min(s.x0 for s in group)
        last = group[-1].text
        # Between ideographs a line may break anywhere: each one is a word.
        ideographs = len(IDEOGRAPH.findall(last))
        if (wide > WIDE_PARAGRAPH * self.measure and " " not in last and ideographs < 2
                and len(last) < SHORT_WORD):
            self.report(page, "short-last-line", f"“{last}” alone ends a paragraph")

    def split_paragraph(self, page, groups, after, next_groups):
        """A paragraph running over the page break (its foot line is full to the right edge and
        ends within a sentence) must leave two lines on each side."""
        foot, top = self.lowest(groups), self.highest(next_groups)
        if not foot or not top:
            return
        right = max(s.x1 for g in groups for s in g)
        last = foot[-1]
        runs_on = (abs(last.x1 - right) < EDGE_TOLERANCE and last.size == top[0].size
                   and not re.search(r"[.!?:”\"]$", last.text))
        if not runs_on:
            return
        if len(foot) == 1:
            self.report(page, "orphan", f"“{last.text[:40]}…” is a paragraph's only line at the foot")
        if len(top) == 1:
            self.report(after, "widow", f"“{top[0].text[:40]}” is a paragraph's only line at the top")
        self.broken_between(page, last, top[0])


def read_margins(layout_xml):
    """Top and bottom margins, in points, of a layout's <page>."""
    text = open(layout_xml, encoding="utf-8").read()
    page = re.search(r"<page\b[^>]*>", text).group(0)

    def length(name, default):
        m = re.search(name + r'="([\d.]+)(mm|pt|cm|in)"', page)
        if not m:
            return default
        factor = {"mm": 72 / 25.4, "pt": 1, "cm": 72 / 2.54, "in": 72}[m.group(2)]
        return float(m.group(1)) * factor

    return Frame(length("top", 72), length("bottom", 72))


def source_vocabulary(brief_dir):
    """The words of a brief's own files (brief, articles, facts), lower case."""
    words = set()
    for root, _, files in os.walk(brief_dir):
        for name in files:
            if name.endswith((".xml", ".txt")):
                with open(os.path.join(root, name), encoding="utf-8", errors="replace") as f:
                    words.update(w.lower() for w in re.findall(r"[^\W\d_]+", f.read()))
    return words


def lint(dump_text, frame, vocabulary):
    return Lint(read_dump(dump_text), frame, vocabulary).run()


if __name__ == "__main__":
    args = sys.argv[1:]
    if len(args) != 3:
        sys.exit("usage: typolint.py DUMP LAYOUT.xml BRIEF_DIR")
    problems = lint(open(args[0], encoding="utf-8").read(), read_margins(args[1]),
                    source_vocabulary(args[2]))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)
