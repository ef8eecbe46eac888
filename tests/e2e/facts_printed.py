"""The number of printed figures without a verified source is zero.

Reads the sample's PDF back with pdftotext, page by page inside the text frame (so without the
running header and footer) and without the table of contents, and classifies every token that
holds a digit or a superscript note number. A token is accepted only if it is
  - part of the printed form of a verified fact (as `briefing check --list` prints it) followed,
    within a few words that hold no digit, by a superscript note number n whose note on the
    sources page quotes that fact's sentence;
  - inside a quoted sentence on the sources page, under a note label whose facts quote it;
  - or not a figure by the rule of docs/layout-language.md ("What counts as a figure"): a year,
    a day of a month, an ordinal, a name with a number ("No. 12", "3+3"), a file name, or the
    document's apparatus (heading numbers, list item numbers, note labels).
Then the same analysis runs on copies of the brief with a literal figure typed into a paragraph
and with one fact reference replaced by its printed text: each must be caught."""
import math
import shutil

from common import *

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"}
OPENERS = "([‘“'\""
CLOSERS = ")]’”'\".,;:!?"
# How far before its note number a fact's figure may start: its printed form, the words a
# <fact> holds ("45 cooperation agreements¹"), and in a narrow table cell the words of the
# next cell that pdftotext reads into the same line.
WINDOW = 16
MM = 72 / 25.4


def verified_facts(brief):
    r = run([BINARY, "check", "--list", brief])
    if r.returncode != 0:
        sys.exit(f"FAIL: check --list {brief} exited {r.returncode}: {r.stderr[-500:]}")
    rows = [line.split("\t") for line in r.stdout.splitlines()][1:]
    return [{"id": row[0], "printed": row[1].split(), "quote": squeeze(row[4])} for row in rows]


def squeeze(text):
    """For comparing text across line breaks: no white space, no hyphens (pdftotext joins a
    word hyphenated at a line end), straight quotation marks."""
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"[\s\-\u00ad]", "", text)


def bare(word):
    return word.lstrip(OPENERS).rstrip(CLOSERS)


def text_frame(brief):
    """(top, bottom) margins in points of the layout the brief names, to crop the running
    header and footer away."""
    brief_xml = open(os.path.join(brief, "brief.xml"), encoding="utf-8").read()
    name = re.search(r'<brief[^>]*\slayout="([^"]+)"', brief_xml).group(1)
    layout = open(os.path.join(SOURCE, "layouts", name + ".xml"), encoding="utf-8").read()
    page = re.search(r"<page\s[^>]*>", layout).group(0)
    top, bottom = (float(re.search(rf'\s{side}="([\d.]+)mm"', page).group(1)) * MM
                   for side in ("top", "bottom"))
    return top, bottom


class Document:
    """The words of the body pages in reading order, each with its page and line."""

    def __init__(self, pdf, brief):
        top, bottom = text_frame(brief)
        pages = page_count(pdf)
        # Each page's own size: a landscape page's frame is wider and shorter.
        info = run(["pdfinfo", "-f", "1", "-l", str(pages), pdf], check=True).stdout
        sizes = {int(n): (float(w), float(h)) for n, w, h in
                 re.findall(r"^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)", info, re.M)}
        self.words, self.page_of, self.line_of = [], [], []
        self.texts = []
        line = 0
        for number in range(1, pages + 1):
            width, height = sizes[number]
            text = pdftotext(pdf, "-f", str(number), "-l", str(number), "-x", "0", "-y",
                             str(int(top)), "-W", str(int(width)), "-H",
                             str(int(height - top - bottom)))
            if re.search(r"(\. ){6}", text):
                continue  # the table of contents: heading and page numbers only
            self.texts.append(text)
            for text_line in text.splitlines():
                line += 1
                for word in text_line.split():
                    self.words.append(word)
                    self.page_of.append(number)
                    self.line_of.append(line)
        titles = re.findall(r'<section title="([^"]+)"',
                            open(os.path.join(brief, "brief.xml"), encoding="utf-8").read())
        self.titles = [squeeze(t) for t in titles]
        self.accepted = set()

    def word(self, i):
        return self.words[i] if 0 <= i < len(self.words) else ""

    def starts_line(self, i):
        return i == 0 or self.line_of[i - 1] != self.line_of[i]

    def rest_of_line(self, i):
        j = i + 1
        while j < len(self.words) and self.line_of[j] == self.line_of[i]:
            j += 1
        return self.words[i + 1:j]

    def context(self, i):
        return f"page {self.page_of[i]}: “{' '.join(self.words[max(0, i - 5):i + 3])}”"


def is_apparatus(doc, i):
    word = doc.words[i]
    if re.fullmatch(r"\d+(\.\d+)*", word) and doc.starts_line(i):
        rest = squeeze("".join(doc.rest_of_line(i)))
        if rest and any(t.startswith(rest) for t in doc.titles):
            return True  # a heading number
    return re.fullmatch(r"\d{1,2}\.", word) is not None and doc.starts_line(i)  # a list item


def is_not_a_figure(doc, i):
    w = bare(doc.words[i])
    return (re.fullmatch(r"(19|20)\d\d([–-](19|20)?\d\d)?", w) is not None  # a year
            or (re.fullmatch(r"\d{1,2}", w) is not None and bare(doc.word(i + 1)) in MONTHS)
            or re.fullmatch(r"\d+(st|nd|rd|th)", w) is not None  # an ordinal
            or (doc.word(i - 1) == "No." and w.isdigit())  # Directive No. 12
            or re.fullmatch(r"\d+\+\d+", w) is not None  # the 3+3 dialogue
            or re.fullmatch(r"[\w.-]+\.txt", w) is not None  # an article's file name
            # a caption's label or a reference: Figure 2, Table 1, section 2.1, page 6, note 2
            or (re.fullmatch(r"\d+(\.\d+)*", w) is not None
                and bare(doc.word(i - 1)) in ("Figure", "Table", "section", "page", "note"))
            or is_apparatus(doc, i))


def note_quotes(doc):
    """note number -> the squeezed sentence printed under it on the sources page."""
    notes = {}
    # The sources page may run onto the next one, in the middle of a quote.
    text = " ".join(" ".join(t.split()) for t in doc.texts)
    for numbers, quote in re.findall(r"\bNotes? ((?:\d+, )*\d+)(?: \(side panel\))?: “(.*?)”", text):
        for n in numbers.split(", "):
            check(int(n) not in notes, f"note {n} is listed once on the sources page")
            notes[int(n)] = squeeze(quote)
    # A derived figure's note names the notes of its inputs instead of quoting a sentence.
    for n, derivation in re.findall(r"\bNote (\d+): (computed from notes [\d, and]+ \([^)]*\))", text):
        check(int(n) not in notes, f"note {n} is listed once on the sources page")
        notes[int(n)] = derivation
    return notes


def accept_note_lists(doc, notes, facts, problems):
    """'Notes 5, 6:' and the quote after it, if it is the sentence those notes' facts quote."""
    quotes = {f["quote"] for f in facts}
    for i, word in enumerate(doc.words):
        if word not in ("Note", "Notes"):
            continue
        j, cited = i + 1, []
        while re.fullmatch(r"\d+[,:]?", doc.word(j)):
            cited.append(int(doc.word(j).rstrip(",:")))
            if doc.word(j).endswith(":"):
                break
            if not doc.word(j).endswith(","):  # "Note 18 (side panel):"
                if (doc.word(j + 1), doc.word(j + 2)) == ("(side", "panel):"):
                    j += 2
                break
            j += 1
        if not cited or not doc.word(j).endswith(":"):
            continue
        doc.accepted.update(range(i + 1, j + 1))
        if doc.word(j + 1) == "computed":
            end = j + 1
            while end < len(doc.words) and ")" not in doc.words[end]:
                end += 1
            inputs = [int(w) for w in re.findall(r"\d+", " ".join(doc.words[j + 3:end]))]
            if all(notes.get(n, "").startswith("computed") for n in cited) and \
                    all(n in notes for n in inputs):
                doc.accepted.update(range(j + 1, end + 1))
            else:
                problems.append(f"the derivation under note(s) {cited} names unknown notes: "
                                f"{doc.context(j)}")
            continue
        end = j + 1
        while end < len(doc.words) and "”" not in doc.words[end]:
            end += 1
        quoted = squeeze(" ".join(doc.words[j + 1:end + 1]).strip("“”"))
        if quoted in quotes and all(notes.get(n) == quoted for n in cited):
            doc.accepted.update(range(j + 1, end + 1))
        else:
            problems.append(f"the quote under note(s) {cited} is no verified fact's: {doc.context(j)}")


def split_marker(word):
    """'billion²),' -> ('billion', 2), '707[6]' -> ('707', 6) (the marker after a bare number,
    which raised digits would turn into a power); None when the word carries no note number."""
    m = re.match(rf"^(.*?)([{SUPERSCRIPTS}]+)[{re.escape(CLOSERS)}]*$", word)
    if m:
        return m.group(1), int("".join(str(SUPERSCRIPTS.index(c)) for c in m.group(2)))
    m = re.match(rf"^(.*?\d)\[(\d+)\][{re.escape(CLOSERS)}]*$", word)
    if m:
        return m.group(1), int(m.group(2))
    return None


def match_before(words, printed):
    """Indexes of `printed` as a subsequence of `words` ending as late as possible, with no
    digit in the words it skips from its first match to the end; None if there is none."""
    for end in range(len(words) - 1, -1, -1):
        if re.search(r"\d", words[end]) and words[end] != printed[-1]:
            return None  # a number stands between this figure and its note number
        if words[end] != printed[-1]:
            continue
        found, k = [end], len(printed) - 2
        for j in range(end - 1, -1, -1):
            if k < 0:
                break
            if words[j] == printed[k]:
                found.append(j)
                k -= 1
            elif re.search(r"\d", words[j]):
                break
        if k < 0:
            return found
    return None


def accept_cited_facts(doc, notes, facts, problems):
    """Each note number must follow the printed form of a verified fact its note quotes."""
    for i, word in enumerate(doc.words):
        marker = split_marker(word)
        if marker is None:
            continue
        base, n = marker
        first = max(0, i - WINDOW)
        words = [bare(w) for w in doc.words[first:i]] + [bare(base)]
        derived = notes.get(n, "").startswith("computed from")
        for fact in (f for f in facts if f["quote"] == notes.get(n) or derived and not f["quote"]):
            found = match_before(words, fact["printed"])
            if found is not None:
                doc.accepted.update(first + j for j in found)
                doc.accepted.add(i)
                break
        else:
            problems.append(f"note {n} follows no verified fact that note {n} quotes: "
                            f"{doc.context(i)}")


def chart_areas(doc, brief, facts):
    """(first word, last word, fact ids, type) of each chart the brief declares: from its title to the
    end of its source line, as pdftotext reads it."""
    xml = open(os.path.join(brief, "brief.xml"), encoding="utf-8").read()
    areas = []
    for attributes, body in re.findall(r"<chart\s([^>]*?)(?:/>|>(.*?)</chart>)", xml, re.S):
        title = re.search(r'\stitle="([^"]+)"', " " + attributes).group(1)
        size = len(title.split())
        start = next((i for i in range(len(doc.words))
                      if squeeze(" ".join(doc.words[i:i + size])) == squeeze(title)), None)
        check(start is not None, f"the chart '{title}' is printed")
        if start is None:
            continue
        end = doc.words.index("Source:", start)
        while not doc.words[end].endswith("."):
            end += 1
        kind = re.search(r'\stype="([^"]+)"', " " + attributes).group(1)
        ids = re.findall(r'\sfact="([^"]+)"', body)
        series = re.search(r'\sseries="([^"]+)"', " " + attributes)
        for name in series.group(1).split() if series else []:
            ids += [f["id"] for f in facts if f["id"].startswith(name + "@")]  # its points
        areas.append((start, end, ids, kind))
    return areas


def number(word):
    """'20,000' -> 20000.0, '60%' -> 60.0; None for a word that is not a bare number."""
    m = re.fullmatch(r"(\d{1,3}(?:,\d{3})*|\d+)(\.\d+)?%?", bare(word))
    return float(m.group(1).replace(",", "") + (m.group(2) or "")) if m else None


def accept_ticks(doc, start, end, labels):
    """Axis ticks: three or more numbers in a row at equal steps. They are the chart's scale,
    not figures from a source. pdftotext may read a bar's value label (the printed form of one
    of the chart's facts, `labels`) between two ticks: such words are stepped over, and only
    they."""
    numeric = [i for i in range(start, end + 1) if number(doc.words[i]) is not None]

    def value(i):
        return number(doc.words[i])

    for k, first in enumerate(numeric):
        run, step = [first], None
        for i in numeric[k + 1:]:
            if not all(bare(w) in labels for w in doc.words[run[-1] + 1:i]
                       if number(w) is None):
                break
            if step is None or math.isclose(value(i) - value(run[-1]), step, abs_tol=1e-9):
                step = value(i) - value(run[0]) if step is None else step
                run.append(i)
            elif bare(doc.words[i]) not in labels:
                break
        if len(run) >= 3:
            doc.accepted.update(run)


def pie_shares(values):
    """The percentages a pie of counts prints beside its slices."""
    total = sum(values)
    return {f"{round(v / total * 100):g}%" for v in values} if total > 0 else set()


def accept_charts(doc, brief, facts):
    """A chart prints the verified facts it draws (bind refuses any other data) and its scale:
    inside a chart's area, a number is accepted if it is a tick, or the printed figure of one of
    the facts its categories name."""
    by_id = {f["id"]: f for f in facts}
    for start, end, ids, kind in chart_areas(doc, brief, facts):
        labels = {bare(w) for i in ids if i in by_id for w in by_id[i]["printed"]}
        accept_ticks(doc, start, end, labels)
        figures = {w for w in labels if re.search(r"\d", w)}
        shares = [number(w) for w in figures if w.endswith("%")]
        if kind in ("pie", "donut") and shares and sum(shares) < 100:
            figures.add(f"{100 - sum(shares):g}%")  # the slice of what the shares leave over
        counts = [number(by_id[i]["printed"][0]) for i in ids if i in by_id]
        if kind in ("pie", "donut") and not shares and None not in counts:
            figures |= pie_shares(counts)
        doc.accepted.update(i for i in range(start, end + 1) if bare(doc.words[i]) in figures)


def accept_changes(doc, brief, facts):
    """A key figure of a series prints its change since the point before ("▼ down 2.6% from
    2023"): accepted when it is the change between the series' last two verified points."""
    xml = open(os.path.join(brief, "brief.xml"), encoding="utf-8").read()
    for name in re.findall(r'<figure\s[^>]*series="([^"]+)"', xml):
        points = sorted((f["id"].split("@", 1)[1], number(f["printed"][0]))
                        for f in facts if f["id"].startswith(name + "@"))
        if len(points) < 2 or not points[-2][1]:
            continue
        (before, a), (_, b) = points[-2:]
        expected = ["▲", "up"] if b > a else ["▼", "down"]
        expected += [f"{abs(b - a) / a * 100:.1f}%", "from", before]
        for i in range(len(doc.words) - len(expected) + 1):
            if [bare(w) for w in doc.words[i:i + len(expected)]] == expected:
                doc.accepted.add(i + 2)


def analyse(pdf, brief, facts):
    """The printed figures without a verified source, and the notes of the sources page."""
    doc = Document(pdf, brief)
    notes = note_quotes(doc)
    problems = []
    accept_note_lists(doc, notes, facts, problems)
    accept_cited_facts(doc, notes, facts, problems)
    accept_charts(doc, brief, facts)
    accept_changes(doc, brief, facts)
    for i, word in enumerate(doc.words):
        if i in doc.accepted or not re.search(rf"[0-9{SUPERSCRIPTS}]", word):
            continue
        if not is_not_a_figure(doc, i):
            problems.append(f"{word!r} without a source: {doc.context(i)}")
    return problems, notes, doc


facts = verified_facts(SAMPLE)
check(len(facts) >= 10, f"check --list gives the verified facts ({len(facts)})")
pdf = build_sample()
problems, notes, doc = analyse(pdf, SAMPLE, facts)
for p in problems:
    print("  ", p)
check(problems == [], f"every printed figure is a verified fact cited in place ({len(problems)} not)")
check(sorted(notes) == list(range(1, len(notes) + 1)) and len(notes) >= 10,
      f"the sources page lists notes 1..N once each: {sorted(notes)}")
markers = [w for w in doc.words if split_marker(w)]
check(len(markers) > len(notes), f"the text cites its notes ({len(markers)} for {len(notes)} notes)")


def mutated_sample(mutate):
    root = scratch("briefing-figures-")
    brief = os.path.join(root, "brief")
    shutil.copytree(SAMPLE, brief)
    path = os.path.join(brief, "brief.xml")
    text = open(path, encoding="utf-8").read()
    changed = mutate(text)
    assert changed != text, "the mutation changed nothing"
    open(path, "w", encoding="utf-8").write(changed)
    code, _, err, out = build(brief, os.path.join(root, "out.pdf"))
    if code != 0:
        sys.exit(f"FAIL: the mutated sample did not build: {err[-500:]}")
    return out, brief


def declared(figure):
    """`build` refuses a figure no fact verifies unless the brief declares it a literal: declared,
    it prints, so that this reading of the PDF shows it can catch one on its own."""
    return f'<literal reason="a test of the figures check">{figure}</literal>'


# The test must be able to fail: a figure typed into the brief, and a figure copied from a fact
# instead of cited, are both caught, and nothing else is.
literal, brief = mutated_sample(lambda t: t.replace(
    "Political relations in 2025 were shaped", f"Trade reached {declared('USD 312 billion')}. Political "
    "relations in 2025 were shaped", 1))
caught, _, _ = analyse(literal, brief, facts)
# A declared literal is caught too (its figure, its note, the note's line in the sources list):
# this reading of the PDF knows only facts.
check(any("'312'" in c for c in caught), f"a literal 'USD 312 billion' is caught: {caught}")

copied, brief = mutated_sample(lambda t: t.replace(
    '<fact ref="exchanges-in-a-week">high-level exchanges</fact> that took place',
    f"{declared('3')} high-level exchanges that took place", 1))
caught, _, _ = analyse(copied, brief, facts)
check(any(re.search(r"'3(\[\d+\])?'", c) for c in caught),
      f"a fact typed as a literal '3' is caught: {caught}")
# A chart drawn from literal draft values prints figures without a source: they are caught
# (its evenly spaced axis ticks are not figures).
draft, brief = mutated_sample(lambda t: t.replace(
    "<section title=\"Investment\">", "<section title=\"Investment\"><chart type=\"hbar\" "
    "title=\"Draft chart\" height=\"40mm\"><category label=\"Alpha\"/><category label=\"Beta\"/>"
    "<series label=\"Draft\" values=\"7 9\" reason=\"a test\"/></chart>", 1))
caught, _, _ = analyse(draft, brief, facts)
check(len(caught) >= 2 and all(re.search(r"'[79]'", c) for c in caught),
      f"the values of a draft chart are caught: {caught}")
finish("facts_printed")
