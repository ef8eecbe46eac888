"""Editions of a period (`--period YYYY-MM`): only the facts and articles dated up to the month,
the period and as-of date on the cover of layouts/monthly.xml, PDF dates from the period (or
SOURCE_DATE_EPOCH), never from the clock; `batch --period` names outputs NAME/PERIOD.pdf."""
import os
import re
import shutil

from common import BINARY, SAMPLE, check, finish, pdftotext, run, scratch

BRIEF = """<?xml version="1.0" encoding="UTF-8"?>
<brief layout="monthly" lang="en">
  <title>Vietnam–China Relations</title>
  <classification>For official use only</classification>
  <author>Asia-Pacific Analysis Unit</author>
  <sources>
    <article id="vna-hoa" file="articles/000_ef800536a43f2dca.txt" agency="VNA"
             title="People-to-people exchanges"/>
    <article id="vna-liu" file="articles/001_cd1dc71755ddd561.txt" agency="VNA"
             title="Humanistic exchange" date="2025-11"/>
    <article id="he-wei" file="articles/002_3423436991a2d2c8.txt" agency="Press"
             title="Ambassador He Wei reviews 2025" date="2025-11"/>
    <article id="vns-tu" file="articles/003_0464c14cb1795f01.txt" agency="VNS"
             title="Conference on diplomacy" date="2025-12-30"/>
  </sources>
  <section title="Key figures">
    <keyfigures><figure fact="agreements">Cooperation agreements signed</figure></keyfigures>
  </section>
  <section title="Sources"><sources-list/></section>
</brief>
"""


def pdf_date(pdf):
    info = run(["pdfinfo", "-isodates", pdf]).stdout
    found = re.search(r"^CreationDate:\s+(\S+)", info, re.M)
    return found.group(1)[:10] if found else None


root = scratch("briefing-period-")
brief = os.path.join(root, "monthly-vn-cn")
os.makedirs(brief)
shutil.copytree(os.path.join(SAMPLE, "articles"), os.path.join(brief, "articles"))
shutil.copy(os.path.join(SAMPLE, "facts.xml"), brief)
with open(os.path.join(brief, "brief.xml"), "w", encoding="utf-8") as f:
    f.write(BRIEF)

november = os.path.join(root, "nov.pdf")
r = run([BINARY, "build", brief, "--period", "2025-11", "-o", november])
check(r.returncode == 0, f"the November edition builds: {r.stderr}")
text = pdftotext(november) if r.returncode == 0 else ""
check("Monthly update: November 2025" in text, "the cover names the period")
check("As of 30 November 2025" in text, "the cover gives the as-of date, the period's last day")
check(pdf_date(november) == "2025-11-30", f"the PDF is dated 2025-11-30: {pdf_date(november)}")
check("Conference on diplomacy" not in text,
      "an article dated December is not among November's sources")
check("Ambassador He Wei" in text, "an article without a later date is among the sources")

december = os.path.join(root, "dec.pdf")
r = run([BINARY, "build", brief, "--period", "2025-12", "-o", december])
check(r.returncode == 0 and "Conference on diplomacy" in pdftotext(december),
      "the December edition lists the article dated 2025-12-30")

r = run([BINARY, "build", brief, "--period", "2025-03", "-o", os.path.join(root, "mar.pdf")])
check(r.returncode == 1, f"a brief citing an April fact fails as of March (exit {r.returncode})")
check(re.search(r"left out of this edition: .*\bagreements\b", r.stderr) is not None,
      f"the warning names the fact left out: {r.stderr[-500:]}")
check(not os.path.exists(os.path.join(root, "mar.pdf")), "the failed edition wrote nothing")

r = run([BINARY, "build", brief, "--period", "2025-13"])
check(r.returncode == 2, f"--period 2025-13 is a usage error (exit {r.returncode})")

undated = os.path.join(root, "epoch.pdf")
env = dict(os.environ, SOURCE_DATE_EPOCH="1700000000")
r = run([BINARY, "build", brief, "-o", undated], env=env)
check(r.returncode == 0 and pdf_date(undated) == "2023-11-14",
      f"a brief without a date is dated by SOURCE_DATE_EPOCH: {pdf_date(undated)}")

out = os.path.join(root, "out")
r = run([BINARY, "batch", brief, "--period", "2025-11", "--out-dir", out])
edition = os.path.join(out, "monthly-vn-cn", "2025-11.pdf")
check(r.returncode == 0 and os.path.exists(edition), f"batch --period writes {edition}")
if os.path.exists(edition):
    with open(edition, "rb") as a, open(november, "rb") as b:
        check(a.read() == b.read(), "batch and build give the same bytes for the same edition")

shutil.rmtree(root)
finish("batch_period")
