"""`briefing extract`: one TSV line per candidate whose offset points at the text as written,
XML that parses, `--into` appending for review without touching the curated facts (and
touching nothing on a second run), and bad articles refused with exit 1 and nothing printed."""
import shutil
import xml.etree.ElementTree as ET

from common import *

ARTICLES = sorted(os.path.join(SAMPLE, "articles", f)
                  for f in os.listdir(os.path.join(SAMPLE, "articles")))
HE_WEI = next(a for a in ARTICLES if "002_" in a)

r = run([BINARY, "extract", *ARTICLES])
check(r.returncode == 0, f"extract exits 0, got {r.returncode}: {r.stderr[-300:]}")
lines = r.stdout.splitlines()
header = lines[0].split("\t") if lines else []
wanted = ["file", "offset", "kind", "value_as_written", "value", "unit", "qualifier", "period",
          "zone", "quote"]
check([c for c in header if c in wanted] == wanted, f"TSV columns in order: {header}")
rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
check(len(rows) >= 40, f"candidates from the four articles ({len(rows)})")
check({row["file"] for row in rows} == set(ARTICLES), "every article gives candidates")
texts = {a: open(a, "rb").read() for a in ARTICLES}
misplaced = [row for row in rows
             if texts[row["file"]][int(row["offset"]):].decode("utf-8", "replace")
             .find(row["value_as_written"].replace("\\t", "\t")) != 0]
check(misplaced == [], f"each offset points at the value as written: {misplaced[:2]}")
trade = [row for row in rows if row["kind"] == "money" and "USD 250 billion" in row["value_as_written"]]
check(len(trade) == 1 and trade[0]["file"] == HE_WEI and trade[0]["zone"] == "body",
      f"the ambassador's USD 250 billion is a body candidate of his interview: {trade}")
check(re.search(rf"briefing: {len(rows)} candidates from 4 articles", r.stderr) is not None,
      f"a one-line summary on stderr: {r.stderr[-200:]!r}")

r = run([BINARY, "extract", "--format", "xml", HE_WEI])
try:
    root = ET.fromstring(r.stdout)
    check(root.tag == "candidates" and len(root) >= 10, f"XML with candidates ({len(root)})")
except ET.ParseError as e:
    check(False, f"--format xml prints XML: {e}")

# --into: the curated facts stay byte for byte; a second run adds nothing and leaves the file.
work = scratch("briefing-extract-")
facts = os.path.join(work, "facts.xml")
shutil.copy(os.path.join(SAMPLE, "facts.xml"), facts)
curated = open(facts, encoding="utf-8").read()
r = run([BINARY, "extract", "--into", facts, *ARTICLES])
check(r.returncode == 0 and r.stdout == "", f"--into exits 0 and prints nothing: {r.stderr[-300:]}")
queued = open(facts, encoding="utf-8").read()
check(queued.startswith(curated.rsplit("</facts>", 1)[0]), "--into leaves the curated facts as they were")
check(queued.count("<candidate ") >= 10, "--into queues candidates in facts.xml")
mtime = os.stat(facts).st_mtime_ns
r = run([BINARY, "extract", "--into", facts, *ARTICLES])
check(r.returncode == 0 and open(facts, encoding="utf-8").read() == queued,
      "a second --into adds nothing")
check(os.stat(facts).st_mtime_ns == mtime, "a second --into does not rewrite the file")
check(open(os.path.join(SAMPLE, "facts.xml"), encoding="utf-8").read() == curated,
      "the sample's own facts.xml is untouched")

# Bad articles: exit 1, each located, and no candidates printed from the others.
bad = os.path.join(work, "latin1.txt")
open(bad, "wb").write("Trade rose to USD 5 million in Hà Nội.\n".encode("latin-1", "replace"))
empty = os.path.join(work, "empty.txt")
open(empty, "w").close()
r = run([BINARY, "extract", HE_WEI, bad, empty])
check(r.returncode == 1, f"bad articles: exit 1, got {r.returncode}")
check(r.stdout == "", "bad articles: no candidates printed")
check(re.search(rf"^{re.escape(bad)}:\d+:\d+: error: .*byte \d+", r.stderr, re.M) is not None,
      f"not UTF-8: error names the byte: {r.stderr[-300:]!r}")
check(re.search(rf"^{re.escape(empty)}: error: .*empty", r.stderr, re.M) is not None,
      f"empty article: error: {r.stderr[-300:]!r}")
for args in (["extract"], ["extract", "--format", "csv", HE_WEI]):
    check(run([BINARY, *args]).returncode == 2, f"usage {args}: exit 2")
finish("facts_extract")
