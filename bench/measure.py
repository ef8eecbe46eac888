#!/usr/bin/env python3
"""The side-by-side benchmark of issue 7 (run by bench/run.sh, which installs and builds first).

  measure.py --binary BRIEFING --timeit TIMEIT [--runs N] [--scale-runs N] [--batch-size N]
             [--batch-runs N] [--skip-scale] [--skip-batch] [--out results/latest.md]

Steps, all from bench/ (this file's folder), generated files under bench/work/:
  1. build every version once (ours from work/brief-1x, typst-ts and reportlab with their run.sh,
     and Typst's untagged PDF) and check that each has the workload's page structure: contents
     (6 entries, page numbers right), cover without running elements, `Page X of Y`, 6 vector
     charts, the 133 register rows with the head row on every table page, Vietnamese text,
     Noto-only embedded subset fonts, qpdf --check; a structural mismatch fails the run;
  2. time them alternately (ours, typst-ts, reportlab, ours, …): 1 warm-up round and N counted,
     whole process, wall / CPU / peak RSS medians and paired ratios peer/ours;
  3. justification of sections 1–4 (spacing.py) for every version;
  4. ours at 1×, 10×, 100× (work/brief-10x, work/brief-100x);
  5. 200 monthly updates built with `briefing batch --period 2025-11 --force`, --jobs 1 and 2.
Prints markdown and writes it to --out.

Every timed run goes through ./timeit (timeit.c): fork + exec + wait4 with a nanosecond wall
clock; CPU is user + sys of the command and its descendants, peak the largest single process's
ru_maxrss (the same kernel figures GNU time prints, at a finer resolution).
"""
import argparse
import glob
import hashlib
import json
import os
import platform
import re
import shutil
import statistics as st
import subprocess
import sys
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work")
WORKLOAD = os.path.join(HERE, "workload.json")
PEERS = os.path.join(HERE, "peers")
REGISTER_HEAD = "ID Figure(s) Unit Period Statement Source"
VIETNAMESE = ["Trần Cẩm Tú", "Hà Nội"]


def log(*args):
    print(*args, file=sys.stderr, flush=True)


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def flat(text):
    """NFC, without U+2060 WORD JOINER (Typst puts one before TOC page numbers), spaces collapsed."""
    text = unicodedata.normalize("NFC", text).replace("\u2060", "")
    return " ".join(text.split())


# ----------------------------------------------------------------------------------------------
# The programs


class Program:
    def __init__(self, name, cmd, pdf, env=None):
        self.name, self.cmd, self.pdf, self.env = name, cmd, pdf, env

    def build(self):
        """One untimed build; exits with the program's own error output on failure."""
        r = run(self.cmd, cwd=HERE, env=self.env)
        if r.returncode != 0 or not os.path.exists(self.pdf):
            log(f"FAIL: {self.name} did not build (exit {r.returncode})\n{r.stdout}{r.stderr}")
            sys.exit(1)


def timed(timeit, cmd, env=None):
    """(wall s, cpu s, peak MiB) of one whole-process run of cmd."""
    r = run([timeit, "-q", *cmd], cwd=HERE, env=env)
    fields = r.stdout.split()
    if r.returncode != 0 or len(fields) != 5:
        sys.exit(f"FAIL: timeit {' '.join(cmd)}: {r.stdout}{r.stderr}")
    wall, user, system, rss, code = fields
    if code != "0":
        detail = run(cmd, cwd=HERE, env=env)
        sys.exit(f"FAIL: {' '.join(cmd)} exited {code} in a timed run\n{detail.stderr[-3000:]}")
    return float(wall), float(user) + float(system), int(rss) / 1024


# ----------------------------------------------------------------------------------------------
# 1. Structure checks


def page_count(pdf):
    out = run(["pdfinfo", pdf]).stdout
    m = re.search(r"^Pages:\s+(\d+)", out, re.M)
    return int(m.group(1)) if m else 0


def page_texts(pdf, pages):
    """Per-page text (-layout), one pdftotext call: pages are separated by form feeds."""
    out = run(["pdftotext", "-enc", "UTF-8", "-layout", pdf, "-"]).stdout
    texts = out.split("\f")
    return (texts + [""] * pages)[:pages]


def find_heading_page(lines_by_page, start, number, title):
    """First page (1-based, from `start`) with a line `N  Title…` (the heading may wrap)."""
    words = flat(title).split()[:3]
    pat = re.compile(r"^" + str(number) + r"\s+" + r"\s+".join(map(re.escape, words)) + r"(\s|$)")
    for i in range(start, len(lines_by_page)):
        if any(pat.match(line) for line in lines_by_page[i]):
            return i + 1
    return None


def parse_toc(text, titles):
    """Entries `N Title . . . PAGE` of a contents page, for the expected titles 1..len(titles):
    an entry runs from `N Title` to the next entry (it may wrap), its page is the first number
    after a dot leader. Returns [(N, page)] in the order found."""
    body = flat(text)
    at = []
    for n, title in enumerate(titles, 1):
        words = flat(title).split()[:3]
        m = re.search(r"(?:^|\s)" + str(n) + r"\s+" + r"\s+".join(map(re.escape, words)), body)
        if m:
            at.append((m.start(), n))
    at.sort()
    entries = []
    for i, (pos, n) in enumerate(at):
        end = at[i + 1][0] if i + 1 < len(at) else len(body)
        m = re.search(r"\.\s*(\d+)(?=\s|$)", body[pos:end])
        if m:
            entries.append((n, int(m.group(1))))
    return entries


def check_pdf(name, pdf, work, logo=False):
    """Returns (row of figures, list of structural failures, section 1..6 start pages). With
    `logo`, the running header of every page but the cover shows one raster image, stored once."""
    fails = []
    row = {"version": name, "size": os.path.getsize(pdf)}
    pages = row["pages"] = page_count(pdf)
    texts = page_texts(pdf, pages)
    lines = [[flat(l) for l in t.splitlines() if l.strip()] for t in texts]
    meta = work["meta"]

    # Cover: classification, title, date; no running header or footer.
    cover = flat(texts[0]) if texts else ""
    cover_ok = all(flat(s) in cover for s in (meta["classification"], meta["title"], meta["date"]))
    cover_ok = (cover_ok and "Page 1 of" not in cover and bool(lines[0])
                and lines[0][0] != flat(meta["title"]))
    row["cover"] = "ok" if cover_ok else "FAIL"
    if not cover_ok:
        fails.append("cover: classification, title or date missing, or a running footer on it")

    # `Page X of Y` on every page but the cover, and the running header (the title).
    bad = [i + 1 for i in range(1, pages)
           if f"Page {i + 1} of {pages}" not in flat(texts[i]) or flat(meta["title"]) not in
           (lines[i][0] if lines[i] else "")]
    row["running"] = "ok" if not bad else f"FAIL p.{bad[:5]}"
    if bad:
        fails.append(f"running header/`Page X of Y` wrong on pages {bad}")

    # Contents: the first page (after the cover) with a line "Contents"; 6 entries.
    toc_page = next((i + 1 for i in range(1, pages) if "Contents" in lines[i]), None)
    titles = ([s["title"] for s in work["sections"]]
              + [work["charts_section_title"], work["table_section_title"]])
    starts = {}
    if toc_page is None:
        fails.append("no contents page")
        entries = []
    else:
        entries = parse_toc(texts[toc_page - 1], titles)
        for n, title in enumerate(titles, 1):
            starts[n] = find_heading_page(lines, toc_page, n, title)
    toc_numbers = [n for n, _ in entries]
    wrong = [f"{n}: says {p}, heading on {starts[n]}" for n, p in entries
             if n in starts and starts[n] != p]
    row["toc"] = (f"{len(entries)}/6, pages " + ",".join(str(p) for _, p in entries)
                  + (" ok" if not wrong and toc_numbers == list(range(1, 7)) else " FAIL"))
    if toc_numbers != list(range(1, 7)):
        fails.append(f"contents lists {toc_numbers}, expected entries 1–6")
    if wrong:
        fails.append("contents page numbers/titles: " + "; ".join(wrong))
    if any(v is None for v in starts.values()):
        fails.append(f"section headings not found: {[n for n, v in starts.items() if v is None]}")

    # Charts: the six titles on the pages of section 5, at most two per page; no raster image.
    images = run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]
    if logo:
        # pdfimages lists an image once per page that shows it: the logo is one object.
        shown = [l.split() for l in images if l.split()[2:3] == ["image"]]
        objects = {l[10] for l in shown}
        logo_pages = {int(l[0]) for l in shown}
        if len(objects) != 1 or logo_pages != set(range(2, pages + 1)):
            fails.append(f"logo: {len(objects)} image objects on pages {sorted(logo_pages)}, "
                         f"expected one on pages 2–{pages}")
        images = [l for l in images if l.split()[10:11] != sorted(objects)[:1]]
    chart_pages = {}
    s5, s6 = starts.get(5), starts.get(6)
    if s5 and s6:
        for c in work["charts"]:
            t = flat(c["title"])
            found = [i + 1 for i in range(s5 - 1, s6 - 1) if t in flat(texts[i])]
            if found:
                chart_pages[c["id"]] = found[0]
    per_page = [list(chart_pages.values()).count(p) for p in set(chart_pages.values())]
    charts_ok = len(chart_pages) == len(work["charts"]) == 6 and not images
    row["charts"] = (f"{len(chart_pages)}/6 on p.{min(chart_pages.values(), default=0)}–"
                     f"{max(chart_pages.values(), default=0)}, {len(images)} images"
                     + (" ok" if charts_ok else " FAIL"))
    if not charts_ok:
        fails.append(f"charts: {len(chart_pages)} of 6 titles found in section 5, "
                     f"{len(images)} raster images")
    if per_page and max(per_page) > 2:
        fails.append(f"more than two charts on a page: {chart_pages}")

    # Register: R-001 … R-133, each once; head row on every page that holds rows.
    expected = [r["id"] for r in work["facts"]]
    found_ids = []
    row_pages = []
    for i, t in enumerate(texts):
        ids = re.findall(r"(?<![\w-])R-\d{3,}(?!\d)", t)
        if ids and (s6 is None or i + 1 >= s6):
            row_pages.append(i + 1)
            found_ids += ids
    missing = sorted(set(expected) - set(found_ids))
    dupes = sorted({x for x in found_ids if found_ids.count(x) > 1})
    no_head = [p for p in row_pages if REGISTER_HEAD not in lines[p - 1]]
    reg_ok = not missing and not dupes and not no_head and len(set(found_ids)) == len(expected)
    row["register"] = (f"{len(set(found_ids) & set(expected))}/{len(expected)} rows, "
                       f"p.{row_pages[0] if row_pages else 0}–{row_pages[-1] if row_pages else 0}, "
                       f"head {len(row_pages) - len(no_head)}/{len(row_pages)}"
                       + (" ok" if reg_ok else " FAIL"))
    if not reg_ok:
        fails.append(f"register: missing {missing[:5]}, twice {dupes[:5]}, "
                     f"pages without the head row {no_head}")

    # Vietnamese extraction, after NFC.
    all_text = unicodedata.normalize("NFC", run(["pdftotext", "-enc", "UTF-8", pdf, "-"]).stdout)
    absent = [w for w in VIETNAMESE if w not in all_text]
    row["vietnamese"] = "ok" if not absent else "FAIL"
    if absent:
        fails.append(f"not extracted: {absent}")

    # Fonts: only Noto Sans / Noto Serif, embedded, subset.
    font_lines = run(["pdffonts", pdf]).stdout.splitlines()[2:]
    names, bad_fonts = set(), []
    for l in font_lines:
        f = l.split()
        name = f[0].split("+", 1)[-1]
        names.add(re.sub(r",.*", "", name))
        emb, sub = f[-5], f[-4]
        if not re.match(r"Noto(Sans|Serif)-", name) or emb != "yes" or sub != "yes":
            bad_fonts.append(l.strip())
    row["fonts"] = f"{len(font_lines)} Noto subsets" if not bad_fonts else "FAIL"
    if bad_fonts:
        fails.append(f"fonts: {bad_fonts}")

    q = subprocess.run(["qpdf", "--check", pdf], capture_output=True, text=True)
    row["qpdf"] = {0: "ok", 3: "warnings"}.get(q.returncode, f"FAIL ({q.returncode})")
    if q.returncode not in (0,):
        fails.append(f"qpdf --check exit {q.returncode}: {(q.stdout + q.stderr)[-300:]}")
    return row, fails, starts


# ----------------------------------------------------------------------------------------------
# Helpers for tables and figures


def median(xs):
    return st.median(xs) if xs else float("nan")


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def spacing(pdf, first, last):
    r = run([sys.executable, os.path.join(HERE, "spacing.py"), pdf, str(first), str(last)])
    m = re.search(r"lines (\d+)\s+median_gap_em ([\d.]+)\s+p95_gap_em ([\d.]+)\s+"
                  r"max_gap_em ([\d.]+)\s+loose_lines ([\d.]+)%", r.stdout)
    if not m:
        return None
    return {"lines": int(m.group(1)), "median": float(m.group(2)), "p95": float(m.group(3)),
            "max": float(m.group(4)), "loose": float(m.group(5))}


def version_of(cmd):
    try:
        r = run(cmd)
        return (r.stdout + r.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        return "?"


MONTHS = [("2025-09", "September"), ("2025-10", "October"), ("2025-11", "November")]


def make_monthly_briefs(root, count):
    """`count` monthly updates on layouts/monthly.xml, built as their November 2025 editions: each
    has three dated articles (one a month), a trade series and a share series, key figures with
    the change since October and a sparkline, the list of what is new, a chart and the sources.
    The figures differ from brief to brief, so no two PDFs are alike."""
    briefs = []
    for i in range(count):
        brief = os.path.join(root, f"monthly-{i:03d}")
        os.makedirs(os.path.join(brief, "articles"))
        sources, trade, share = [], [], []
        for m, (period, name) in enumerate(MONTHS):
            usd = f"{18 + (i * 7 + m * 3) % 50 / 10:g}"
            pct = f"{25 + (i * 3 + m * 5) % 20}"
            with open(os.path.join(brief, "articles", f"{period}.txt"), "w", encoding="utf-8") as f:
                f.write(f"Trade update for {name}\n\nTwo-way trade between the two countries was "
                        f"USD {usd} billion in {name} 2025, the customs office said.\n\n"
                        f"China took {pct}% of the country's farm exports in {name} 2025.\n")
            sources.append(f'<article id="m{m}" file="articles/{period}.txt" agency="Customs" '
                           f'title="Trade update, {name} 2025" date="{period}-28"/>')
            trade.append(f'<point period="{period}" value="{usd} billion" article="m{m}" quote="'
                         f'Two-way trade between the two countries was USD {usd} billion in '
                         f'{name} 2025"/>')
            share.append(f'<point period="{period}" value="{pct}" article="m{m}" quote="China took '
                         f"{pct}% of the country's farm exports\"/>")
        with open(os.path.join(brief, "facts.xml"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<facts>\n<series id="trade" '
                    'label="Two-way trade" kind="money" unit="USD">\n' + "\n".join(trade) +
                    '\n</series>\n<series id="farm-share" label="Share of farm exports" '
                    'kind="percent">\n' + "\n".join(share) + "\n</series>\n</facts>\n")
        with open(os.path.join(brief, "brief.xml"), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="UTF-8"?>\n<brief layout="monthly" lang="en">\n'
                    f"<title>Trade Monitor {i + 1}</title>\n<sources>\n" + "\n".join(sources) +
                    '\n</sources>\n<section title="Key figures"><keyfigures>\n'
                    '<figure series="trade" sparkline="true">Two-way trade</figure>\n'
                    '<figure series="farm-share">Farm exports going to China</figure>\n'
                    '</keyfigures></section>\n<section title="New this period"><new-facts/>'
                    '</section>\n<section title="Trade by month"><chart type="bar" series="trade" '
                    'title="Two-way trade by month" value-title="Trade" height="60mm"/></section>\n'
                    '<section title="Sources"><sources-list/></section>\n</brief>\n')
        briefs.append(brief)
    return briefs


# ----------------------------------------------------------------------------------------------


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", required=True)
    ap.add_argument("--timeit", required=True)
    ap.add_argument("--runs", type=int, default=7, help="counted rounds after 1 warm-up (≥5)")
    ap.add_argument("--scale-runs", type=int, default=3)
    ap.add_argument("--batch-size", type=int, default=200)
    ap.add_argument("--batch-runs", type=int, default=1)
    ap.add_argument("--skip-scale", action="store_true")
    ap.add_argument("--skip-batch", action="store_true")
    ap.add_argument("--baseline", help="a previous briefing binary, timed beside this one (warm "
                    "cache of its own), so that a change's cost is measured in the same run")
    ap.add_argument("--baseline-brief", help="the brief folder the baseline builds (default: "
                    "work/brief-1x), for a baseline that reads an older brief format")
    ap.add_argument("--out", default=os.path.join(HERE, "results", "latest.md"))
    args = ap.parse_args()
    if args.runs < 5:
        ap.error("--runs must be at least 5")
    binary = os.path.abspath(args.binary)
    timeit = os.path.abspath(args.timeit)
    with open(WORKLOAD, encoding="utf-8") as f:
        work = json.load(f)
    md = []

    def out(text=""):
        print(text, flush=True)
        md.append(text)

    # --- environment
    out("# Benchmark: briefing vs Typst (typst-ts) vs ReportLab, reference workload")
    out()
    out(f"Run {time.strftime('%Y-%m-%d %H:%M:%S %Z')} on {platform.node()}: "
        f"{os.cpu_count()} CPUs, {platform.platform()}, load average "
        f"{' '.join(f'{x:.2f}' for x in os.getloadavg())} at the start.")
    out()
    rl = run(["/usr/bin/python3", "-c", "import reportlab; print(reportlab.Version)"]).stdout
    typst_pkg = os.path.join(PEERS, "typst-ts", "node_modules", "@myriaddreamin",
                             "typst-ts-node-compiler", "package.json")
    typst_v = json.load(open(typst_pkg))["version"] if os.path.exists(typst_pkg) else "?"
    out(f"- ours: `{version_of([binary, '--version'])}` ({binary}), input "
        f"`work/brief-1x` made by `make_brief.py` from workload.json "
        f"(sha256 {sha256(WORKLOAD)[:16]}…)")
    out(f"- typst-ts: typst-ts-node-compiler {typst_v} (Typst 0.14), node "
        f"{version_of(['node', '--version'])}; `sh peers/typst-ts/run.sh`")
    out(f"- reportlab: ReportLab {rl.strip()}, {version_of(['/usr/bin/python3', '--version'])}; "
        f"`sh peers/reportlab/run.sh`")
    if args.baseline:
        out(f"- previous: `{version_of([args.baseline, '--version'])}` ({args.baseline}), the "
            f"{'the brief ' + args.baseline_brief if args.baseline_brief else 'the same brief'} "
            "with a warm cache of its own")
    out(f"- tools: {version_of(['pdfinfo', '-v'])}, {version_of(['qpdf', '--version'])}")
    out()

    brief1 = os.path.join(WORK, "brief-1x")
    ours_pdf = os.path.join(WORK, "ours.pdf")
    # "ours" keeps its hyphenation cache in the work folder (filled by the first build, as an
    # analyst's is by their first build of the day); "ours, no cache" reads the patterns every
    # time, as a first build on a fresh machine does.
    cache_env = dict(os.environ, BRIEFING_CACHE_DIR=os.path.join(WORK, "cache"))
    cold_env = dict(os.environ, BRIEFING_CACHE_DIR="")
    cold_pdf = os.path.join(WORK, "ours-no-cache.pdf")
    prev_pdf = os.path.join(WORK, "previous.pdf")
    prev_cold_pdf = os.path.join(WORK, "previous-no-cache.pdf")
    # The same workload with a PNG logo in the running header (make_brief.py --logo).
    logo_brief, logo_pdf = os.path.join(WORK, "brief-1x-logo"), os.path.join(WORK, "ours-logo.pdf")
    previous = os.path.abspath(args.baseline) if args.baseline else None
    prev_brief = os.path.abspath(args.baseline_brief) if args.baseline_brief else brief1
    programs = [
        Program("ours", [binary, "build", brief1, "-o", ours_pdf], ours_pdf, cache_env),
        Program("ours, no cache", [binary, "build", brief1, "-o", cold_pdf], cold_pdf, cold_env),
        Program("ours, logo", [binary, "build", logo_brief, "-o", logo_pdf], logo_pdf, cache_env),
        *([Program("previous", [previous, "build", prev_brief, "-o", prev_pdf], prev_pdf,
                   dict(os.environ, BRIEFING_CACHE_DIR=os.path.join(WORK, "cache-prev"))),
           Program("previous, no cache", [previous, "build", prev_brief, "-o", prev_cold_pdf],
                   prev_cold_pdf, cold_env)]
          if previous else []),
        Program("typst-ts", ["sh", "peers/typst-ts/run.sh"],
                os.path.join(PEERS, "typst-ts", "out", "briefing.pdf")),
        Program("reportlab", ["sh", "peers/reportlab/run.sh"],
                os.path.join(PEERS, "reportlab", "out", "briefing.pdf")),
    ]
    untagged = os.path.join(WORK, "typst-untagged.pdf")
    untagged_env = dict(os.environ, TYPST_PDF_TAGS="0")

    # --- 1. build once and check
    log("bench: building every version once and checking the PDFs")
    for p in programs:
        p.build()
    Program("typst-ts untagged", ["sh", "peers/typst-ts/run.sh", WORKLOAD, untagged], untagged,
            untagged_env).build()
    # Same inputs, same bytes: a second build of ours (and of Typst) must match the first.
    identical = {}
    for p in [q for q in programs if q.name in ("ours", "typst-ts")]:
        first = sha256(p.pdf)
        p.build()
        identical[p.name] = sha256(p.pdf) == first
    rows, failures, starts = [], {}, {}
    for name, pdf in [(p.name, p.pdf) for p in programs] + [("typst-ts untagged", untagged)]:
        row, fails, st_pages = check_pdf(name, pdf, work, logo=name == "ours, logo")
        rows.append(row)
        failures[name] = fails
        starts[name] = st_pages
    out("## 1. Structure (one build of each)")
    out()
    cols = ["version", "pages", "size", "cover", "running", "toc", "charts", "register",
            "vietnamese", "fonts", "qpdf"]
    out(table(cols + ["rebuild identical"],
              [[r[c] if c != "size" else f"{r[c]:,} B" for c in cols]
               + [{True: "yes", False: "no"}.get(identical.get(r["version"]), "–")]
               for r in rows]))
    out()
    pages = {r["version"]: r["pages"] for r in rows}
    if len(set(pages.values())) > 1:
        out(f"Page counts differ ({', '.join(f'{k} {v}' for k, v in pages.items())}): reported, "
            f"not a structural mismatch (the register's row height decides the last page).")
        out()
    bad = {k: v for k, v in failures.items() if v}
    if bad:
        for k, v in bad.items():
            out(f"**STRUCTURE MISMATCH in {k}:**")
            for f in v:
                out(f"- {f}")
        out()
        write(args.out, md)
        log("bench: FAILED: the PDFs do not have the same structure (see above)")
        return 1
    if not identical.get("ours", False) or sha256(ours_pdf) != sha256(cold_pdf):
        out("**Our PDF differs between two builds of the same brief, or with and without the "
            "cache.**")
        write(args.out, md)
        return 1

    # --- 2. timing, alternating
    log(f"bench: timing, 1 warm-up + {args.runs} rounds of "
        + ", ".join(p.name for p in programs))
    samples = {p.name: [] for p in programs}
    for rnd in range(args.runs + 1):
        for p in programs:
            m = timed(timeit, p.cmd, p.env)
            if rnd > 0:
                samples[p.name].append(m)
    ours = samples["ours"]
    sizes = {p.name: os.path.getsize(p.pdf) for p in programs}
    out(f"## 2. Side by side: median of {args.runs} alternating runs after a warm-up, whole process")
    out()
    trows = []
    for p in programs:
        s = samples[p.name]
        walls = [x[0] for x in s]
        r = [p.name, f"{median(walls):.4f} ({min(walls):.3f}–{max(walls):.3f})",
             f"{median([x[1] for x in s]):.4f}", f"{median([x[2] for x in s]):.1f}",
             f"{sizes[p.name]:,}", pages[p.name]]
        if p.name == "ours":
            r += ["1", "1", "1"]
        else:
            r += [f"{median([a[k] / b[k] for a, b in zip(s, ours)]):.2f}×" for k in range(3)]
        trows.append(r)
    out(table(["program", "wall s, median (min–max)", "CPU s", "peak RSS MiB", "PDF bytes",
               "pages", "wall ratio peer/ours", "CPU ratio", "peak RSS ratio"], trows))
    out()
    out(f"Typst untagged (`TYPST_PDF_TAGS=0`): {os.path.getsize(untagged):,} bytes, "
        f"{pages['typst-ts untagged']} pages. Ratios are medians of the {args.runs} per-round "
        f"ratios. Times via `timeit` (fork/exec/wait4, ns wall clock); peers include their "
        f"`sh run.sh` wrapper, as in ANCHORS.md; ours is the `briefing build` process alone.")
    out()

    # --- 3. justification
    out("## 3. Justification of sections 1–4 (spacing.py)")
    out()
    srows, spacing_of = [], {}
    for name, pdf in [(p.name, p.pdf) for p in programs]:
        first, last = starts[name][1], starts[name][5] - 1
        s = spacing(pdf, first, last)
        spacing_of[name] = s
        srows.append([name, f"{first}–{last}"] + (
            [s["lines"], f"{s['median']:.3f}", f"{s['p95']:.3f}", f"{s['max']:.3f}",
             f"{s['loose']:.1f} %"] if s else ["–"] * 5))
    out(table(["version", "pages", "lines", "median gap em", "p95 gap em", "max gap em",
               "loose lines"], srows))
    out()

    # --- 4. scale
    scale_rows = {}
    if not args.skip_scale:
        log(f"bench: scale, 1 warm-up + {args.scale_runs} rounds of 1×, 10×, 100×")
        scales = [1, 10, 100]
        cmds = {n: [binary, "build", os.path.join(WORK, f"brief-{n}x"), "-o",
                    os.path.join(WORK, f"ours-{n}x.pdf")] for n in scales}
        res = {n: [] for n in scales}
        for rnd in range(args.scale_runs + 1):
            for n in scales:
                m = timed(timeit, cmds[n], cache_env)
                if rnd > 0:
                    res[n].append(m)
        base = median([x[0] for x in res[1]])
        base_rss = median([x[2] for x in res[1]])
        out(f"## 4. Scale: ours at 1×, 10×, 100× the text and the register "
            f"(median of {args.scale_runs} after a warm-up)")
        out()
        rows4 = []
        for n in scales:
            wall = median([x[0] for x in res[n]])
            pdf = cmds[n][-1]
            scale_rows[n] = wall
            rows4.append([f"{n}×", page_count(pdf), f"{os.path.getsize(pdf):,}", f"{wall:.3f}",
                          f"{median([x[1] for x in res[n]]):.3f}",
                          f"{median([x[2] for x in res[n]]):.1f}", f"{wall / base:.1f}×",
                          f"{median([x[2] for x in res[n]]) / base_rss:.1f}×",
                          "yes" if wall / base <= n * 1.05 else "**no**"])
        out(table(["scale", "pages", "PDF bytes", "wall s", "CPU s", "peak RSS MiB",
                   "wall / 1×", "peak / 1×", f"≤ N× the 1× time"], rows4))
        out()

    # --- 5. batch
    if not args.skip_batch:
        n = args.batch_size
        log(f"bench: batch of {n} monthly updates")
        root = os.path.join(WORK, "batch")
        shutil.rmtree(root, ignore_errors=True)
        briefs = make_monthly_briefs(os.path.join(root, "briefs"), n)
        outdir = os.path.join(root, "out")
        base_cmd = [binary, "batch", *briefs, "--out-dir", outdir, "--period", "2025-11"]
        first = timed(timeit, base_cmd + ["--jobs", "2"], cache_env)  # warm-up: builds every brief once
        res = {1: [], 2: []}
        for _ in range(args.batch_runs):
            for jobs in (1, 2):
                report = os.path.join(root, f"report-{jobs}.json")
                res[jobs].append(timed(timeit, base_cmd + ["--jobs", str(jobs), "--force",
                                                           "--report", report], cache_env))
                with open(report, encoding="utf-8") as f:
                    statuses = [b["status"] for b in json.load(f)["briefs"]]
                if statuses != ["ok"] * n:
                    sys.exit(f"FAIL: batch --jobs {jobs} --force did not build all {n}: "
                             f"{sorted(set(statuses))}")
        built = sorted(glob.glob(os.path.join(outdir, "*", "*.pdf")))
        pages = page_count(built[0]) if built else "?"
        out(f"## 5. Batch: {n} monthly updates (layouts/monthly.xml, November 2025 editions of "
            f"{pages} pages), `briefing batch --period 2025-11 --force`")
        out()
        rows5 = []
        for jobs in (1, 2):
            wall = median([x[0] for x in res[jobs]])
            rows5.append([f"--jobs {jobs}", f"{wall:.2f}", f"{median([x[1] for x in res[jobs]]):.2f}",
                          f"{median([x[2] for x in res[jobs]]):.1f}", f"{wall / n * 1000:.1f}"])
        out(table(["jobs", "wall s", "CPU s", "peak RSS MiB", "ms per brief"], rows5))
        out()
        out(f"--jobs 2 / --jobs 1 wall: "
            f"{median([x[0] for x in res[2]]) / median([x[0] for x in res[1]]):.2f}; "
            f"first (unforced) --jobs 2 run, the warm-up: {first[0]:.2f} s"
            + (f"; median of {args.batch_runs}" if args.batch_runs > 1 else "; one run each") + ".")
        out()

    # --- targets
    ty, rl_ = samples["typst-ts"], samples["reportlab"]
    cold = samples["ours, no cache"]

    def speed(peer, mine):
        return median([a[0] / b[0] for a, b in zip(peer, mine)])

    def rss(mine):
        return median([x[2] for x in mine]) / median([x[2] for x in rl_])

    so, sty = spacing_of.get("ours"), spacing_of.get("typst-ts")
    targets = [
        ["≥ 15× faster than Typst (wall, paired)",
         f"{speed(ty, ours):.1f}× (no cache: {speed(ty, cold):.1f}×)", speed(ty, ours) >= 15],
        ["≥ 30× faster than ReportLab (wall, paired)",
         f"{speed(rl_, ours):.1f}× (no cache: {speed(rl_, cold):.1f}×)", speed(rl_, ours) >= 30],
        ["peak RSS ≤ 1/3 of ReportLab's",
         f"{rss(ours):.2f} of it (no cache: {rss(cold):.2f})", rss(ours) <= 1 / 3],
        ["PDF ≤ Typst untagged", f"{sizes['ours']:,} vs {os.path.getsize(untagged):,} B",
         sizes["ours"] <= os.path.getsize(untagged)],
        ["spacing p95 ≤ Typst's, no loose lines",
         f"{so['p95']:.3f} vs {sty['p95']:.3f} em, {so['loose']:.1f} % loose" if so and sty
         else "–", bool(so and sty and so["p95"] <= sty["p95"] and so["loose"] == 0)],
    ]
    logo = samples["ours, logo"]
    targets.append(["a PNG logo in the running header costs ≤ 10 % of the warm build (issue 15)",
                    f"{speed(logo, ours):.3f}× the plain build", speed(logo, ours) <= 1.10])
    if "previous" in samples:
        prev, prev_cold = samples["previous"], samples["previous, no cache"]
        targets.append(["ours ≤ 1.10× the previous binary, warm and with no cache (issue 14)",
                        f"{speed(ours, prev):.3f}× warm, {speed(cold, prev_cold):.3f}× no cache",
                        speed(ours, prev) <= 1.10 and speed(cold, prev_cold) <= 1.10])
    if scale_rows:
        targets.append(["10× ≤ 10× the time, 100× ≤ 100× (5 % noise)",
                        f"{scale_rows[10] / scale_rows[1]:.1f}×, {scale_rows[100] / scale_rows[1]:.1f}×",
                        scale_rows[10] / scale_rows[1] <= 10.5 and
                        scale_rows[100] / scale_rows[1] <= 105])
    out("## Targets (issue 7)")
    out()
    out(table(["target", "this run", "met"],
              [[t, v, "yes" if ok else "**no**"] for t, v, ok in targets]))
    out()
    write(args.out, md)
    log(f"bench: results written to {os.path.relpath(args.out, ROOT)}")
    return 0


def write(path, md):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(md) + "\n")


if __name__ == "__main__":
    sys.exit(main())
