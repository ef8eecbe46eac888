"""Every page of the test PDFs renders in poppler and in MuPDF with no syntax error or warning.

`qpdf --check` reads the file structure, not what a content stream says: a "1 nan m" in a page
passes it, while poppler reports "Unknown operator" and drops the rest of the page. So the
sample, the bad-input corpus's base brief and a brief of charts at the limits of what a chart
draws (docs/layout-language.md, "Value limits") are rendered with `pdftoppm` and `mutool draw`,
and any complaint either prints fails the test. A hand-made PDF whose content stream holds
"1 nan m" must fail the same check: the test shows it can fail."""
import zlib

from common import *

# Inside the build tree, removed at the end.
WORK = tempfile.mkdtemp(prefix="render-syntax-", dir=os.getcwd())
atexit.register(shutil.rmtree, WORK, True)
ENV = dict(os.environ, BRIEFING_CACHE_DIR=os.path.join(WORK, "cache"))


# Debian's mupdf-tools is built without colour management and says so on every run; it is about
# the tool, not the file.
MUPDF_NOISE = {"warning: ICC support is not available"}


def complaints(pdf):
    """What poppler and MuPDF print on stderr while rendering every page of `pdf`."""
    out = tempfile.mkdtemp(dir=WORK)
    found = []
    poppler = run(["pdftoppm", "-r", "20", "-png", pdf, os.path.join(out, "p")])
    found += [f"poppler: {line}" for line in poppler.stderr.splitlines() if line.strip()]
    if poppler.returncode != 0:
        found.append(f"poppler: exit {poppler.returncode}")
    mupdf = run(["mutool", "draw", "-q", "-r", "20", "-o", os.path.join(out, "m%d.png"), pdf])
    found += [f"mupdf: {line}" for line in mupdf.stderr.splitlines()
              if line.strip() and line.strip() not in MUPDF_NOISE]
    if mupdf.returncode != 0:
        found.append(f"mupdf: exit {mupdf.returncode}")
    shutil.rmtree(out, True)
    return found


def handmade_pdf(path, content):
    """A one-page PDF whose page content stream is `content` (bytes), with a correct xref."""
    stream = zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream +
        b"\nendstream",
    ]
    data = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    with open(path, "wb") as f:
        f.write(data)
    return path


def self_check():
    good = handmade_pdf(os.path.join(WORK, "good.pdf"), b"0 0 1 rg 10 10 m 190 190 l S\n")
    bad = handmade_pdf(os.path.join(WORK, "bad.pdf"), b"0 0 1 rg 1 nan m 190 190 l S\n")
    check(complaints(good) == [], f"a well-formed hand-made PDF renders quietly: {complaints(good)}")
    found = complaints(bad)
    check(any(c.startswith("poppler:") for c in found), "poppler complains about '1 nan m'")
    check(any(c.startswith("mupdf:") for c in found), "MuPDF complains about '1 nan m'")


# Charts at the limits of docs/layout-language.md's "Value limits", every kind, with the
# values that broke the writer before: the largest stack, the smallest values, negative zero,
# many equal values, values closer than a billionth of their size, huge beside tiny.
EXTREME_CHARTS = [
    ("bar", [("S", "1000000000000000 0.000001 -0 1000000000000000")]),
    ("bar", [("S", "-1000000000000000 1000000000000000 0 0.000001")]),
    ("hbar", [("S", "0.000001 0.000002 0.000001 0.000003")]),
    ("grouped", [("S", "1000000000000000 1 2 3"), ("T", "0.000001 -1000000000000000 0 5")]),
    ("stacked", [("S", "500000000000000 0.000001 0 7"), ("T", "500000000000000 0.000001 -0 7")]),
    ("line", [("S", "1000000000000000 999999999999999.9 1000000000000000 NaN")]),
    ("line", [("S", "7 7 7 7")]),
    ("line", [("S", "-0.000001 0.000001 -0.000001 0.000001")]),
    ("area", [("S", "1000000000000000 NaN 0.000001 1000000000000000")]),
    ("area", [("S", "300000000000000 1 2 3"), ("T", "700000000000000 1 2 3")]),
    ("pie", [("S", "999999999999999 0.000001 0.000001 0.000001")]),
    ("donut", [("S", "250000000000000 250000000000000 250000000000000 250000000000000")]),
]


def extreme_brief():
    folder = os.path.join(WORK, "extreme")
    shutil.copytree(os.path.join(SOURCE, "tests", "bad", "base", "brief"), folder)
    charts = ""
    for n, (kind, series) in enumerate(EXTREME_CHARTS, 1):
        categories = "".join(f'<category label="C{k}"/>' for k in range(1, 5))
        values = "".join(f'<series label="{label}" values="{v}" reason="extreme test values"/>' for label, v in series)
        charts += f'    <chart type="{kind}" title="Extreme chart {n}">{categories}{values}</chart>\n'
    path = os.path.join(folder, "brief.xml")
    xml = open(path, encoding="utf-8").read()
    # The paragraph after the charts shows that nothing after them on the page was lost.
    xml = xml.replace("  </section>\n  <section title=\"Sources\">",
                      charts + "    <p>After the charts.</p>\n  </section>\n"
                      "  <section title=\"Sources\">", 1)
    check("Extreme chart 1" in xml, "the chart brief was assembled")
    with open(path, "w", encoding="utf-8") as f:
        f.write(xml)
    return folder


def build_quietly(name, brief):
    out = os.path.join(WORK, name + ".pdf")
    r = run([BINARY, "--data-dir", SOURCE, "build", brief, "-o", out], env=ENV)
    check(r.returncode == 0, f"{name} builds: exit {r.returncode}: {r.stderr}")
    return out if r.returncode == 0 else None


self_check()
pdfs = {
    "sample": build_quietly("sample", SAMPLE),
    "bad-base": build_quietly("bad-base", os.path.join(SOURCE, "tests", "bad", "base", "brief")),
    "extreme-charts": build_quietly("extreme-charts", extreme_brief()),
}
for name, pdf in pdfs.items():
    if pdf:
        found = complaints(pdf)
        check(found == [], f"{name} renders with no syntax complaint: {found[:5]}")
if pdfs["extreme-charts"]:
    text = pdftotext(pdfs["extreme-charts"])
    check(all(f"Extreme chart {n}" in text for n in range(1, len(EXTREME_CHARTS) + 1)),
          "every extreme chart is drawn")
    check("After the charts." in text, "the text after the charts is on the page")
finish("render_syntax")
