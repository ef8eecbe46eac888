"""Stamps: the sample's classification line at the top of every page but the cover, and
`build --draft`'s DRAFT, painted as marked artifacts through one shared translucent graphics
state; a draft build is the same bytes every run."""
from common import *

plain = build_sample()
texts = page_texts(plain)
for n, text in enumerate(texts[1:], start=2):
    check(text.lstrip().startswith("FOR OFFICIAL USE ONLY"),
          f"page {n} does not open with the classification stamp: {text[:60]!r}")

folder = scratch("briefing-e2e-stamps-")
drafts = []
for k in range(2):
    out = os.path.join(folder, f"draft{k}.pdf")
    r = run([BINARY, "build", SAMPLE, "--draft", "-o", out])
    check(r.returncode == 0, f"the draft build failed: {r.stderr}")
    drafts.append(out)
with open(drafts[0], "rb") as a, open(drafts[1], "rb") as b:
    check(a.read() == b.read(), "two draft builds differ")

qdf = os.path.join(folder, "draft.qdf")
run(["qpdf", "--qdf", "--object-streams=disable", drafts[0], qdf], check=True)
with open(qdf, "rb") as f:
    body = f.read().decode("latin-1")
pages = page_count(drafts[0])
marked = body.count("/Artifact <</Type /Pagination /Subtype /Watermark>> BDC")
# Each page but the cover has the classification line; every page has DRAFT.
check(marked == 2 * pages - 1, f"{marked} marked artifacts on {pages} pages")
state_objects = len(re.findall(r"/Type /ExtGState", body))
check(state_objects == 1, f"{state_objects} graphics state objects, expected one shared one")
check(body.count("/GS1 gs") == pages, "not every page paints DRAFT through its graphics state")
# The cover's DRAFT is turned 45 degrees (cos = sin = 0.707).
check("0.707 0.707 -0.707 0.707" in body, "DRAFT is not turned by 45 degrees")
finish("stamps")
