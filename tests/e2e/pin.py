"""`briefing pin` records each article's SHA-256 in brief.xml; `check` then refuses an article
edited after pinning, at its <article> element, naming what changed, until it is pinned again.
Only the pinned attributes of brief.xml change, and no other file is written. The sources list
prints an article's url and retrieval date, and the notes of derived figures."""
import atexit
import hashlib
import shutil

from common import *

# In the build folder, which ctest runs in: nothing is left in the system's temporary folder.
root = os.path.join(os.getcwd(), "pin-e2e")
shutil.rmtree(root, True)
atexit.register(shutil.rmtree, root, True)
brief = os.path.join(root, "brief")
shutil.copytree(SAMPLE, brief)
BRIEF_XML = os.path.join(brief, "brief.xml")
ARTICLE = os.path.join(brief, "articles", "002_3423436991a2d2c8.txt")


def files():
    return {os.path.join(d, f): open(os.path.join(d, f), "rb").read()
            for d, _, names in os.walk(brief) for f in names}


def pin():
    before = files()
    r = run([BINARY, "pin", brief])
    check(r.returncode == 0, f"pin exits 0, got {r.returncode}: {r.stderr[-600:]}")
    after = files()
    check(sorted(before) == sorted(after), "pin creates and removes no file")
    changed = [f for f in before if before[f] != after[f]]
    check(changed in ([], [BRIEF_XML]), f"pin writes only brief.xml: {changed}")
    return before[BRIEF_XML].decode(), after[BRIEF_XML].decode()


def sha_of(text, article_id):
    element = re.search(r'<article id="%s".*?/>' % article_id, text, re.S).group(0)
    found = re.search(r'sha256="([0-9a-f]{64})"', element)
    return found.group(1) if found else None


# Unpinned: the attributes are removed, and pin puts back exactly what the sample holds.
shipped = open(BRIEF_XML, encoding="utf-8").read()
unpinned = re.sub(r'\n\s*(sentences|sha256)="[^"]*"', "", shipped)
check(unpinned != shipped, "the sample's articles are pinned")
open(BRIEF_XML, "w", encoding="utf-8").write(unpinned)
r = run([BINARY, "check", brief])
check(r.returncode == 0 and "warning:" not in r.stderr,
      f"unpinned articles are accepted without a warning: {r.stderr[-400:]}")
_, pinned = pin()
check(pinned == shipped, "pin restores the sample's pins byte for byte, nothing else changed")
check(sha_of(pinned, "he-wei") == hashlib.sha256(open(ARTICLE, "rb").read()).hexdigest(),
      "the pinned SHA-256 is the article file's")

# Lines ending in CRLF or CR stay so: the pins' new lines end as the tag's others do.
for end in ("\r\n", "\r"):
    open(BRIEF_XML, "w", encoding="utf-8", newline="").write(unpinned.replace("\n", end))
    _, pinned_there = pin()
    check(pinned_there == shipped.replace("\n", end), f"pin keeps {end!r} line ends byte for byte")
open(BRIEF_XML, "w", encoding="utf-8", newline="").write(shipped)

# Pinning again changes nothing.
before, after = pin()
check(before == after, "pinning a pinned brief leaves brief.xml as it was")

# The article edited after pinning: check fails at its <article>, naming the lost quote.
text = open(ARTICLE, encoding="utf-8").read()
open(ARTICLE, "w", encoding="utf-8").write(text.replace("surpassed USD 250 billion", "surpassed USD 205 billion"))
r = run([BINARY, "check", brief])
line = pinned[:pinned.index('<article id="he-wei"')].count("\n") + 1
check(r.returncode == 1, f"check of an edited article exits 1, got {r.returncode}")
check(re.search(r"brief\.xml:%d:5: error: article 'he-wei' .*changed since it was pinned" % line,
                r.stderr) is not None, f"the error is at the article element: {r.stderr[-900:]}")
check("fact 'trade-jan-nov'" in r.stderr, f"the error names the fact whose quote is gone: {r.stderr[-900:]}")
r = run([BINARY, "build", brief, "-o", os.path.join(root, "out.pdf")])
check(r.returncode == 1 and not os.path.exists(os.path.join(root, "out.pdf")),
      "build refuses the edited article and writes nothing")

# Replaced by only the sentences the facts quote: every quote is there, the pin still refuses.
quotes = re.findall(r'article="he-wei"\s+quote="([^"]*)"',
                    open(os.path.join(brief, "facts.xml"), encoding="utf-8").read(), re.S)
sentences = [s for s in re.split(r"(?<=[.!?])\s+", text) if any(q in s for q in quotes)]
open(ARTICLE, "w", encoding="utf-8").write("\n".join(sentences) + "\n")
r = run([BINARY, "check", brief])
check(len(quotes) > 5, f"the facts quote he-wei: {quotes}")
check(r.returncode == 1 and re.search(r"shrank from 43 to \d+ sentences", r.stderr) is not None
      and "every quote the facts cite is still in it" in r.stderr,
      f"an article cut down to its quoted sentences is refused: {r.stderr[-900:]}")

# Reviewed and pinned again: it passes.
open(ARTICLE, "w", encoding="utf-8").write(text.replace("looking ahead", "looking forward"))
pin()
r = run([BINARY, "check", brief])
check(r.returncode == 0 and "warning:" not in r.stderr,
      f"after pinning again, check passes: {r.stderr[-600:]}")

# The sources list prints the address and the retrieval date, in English and in Vietnamese.
text = open(BRIEF_XML, encoding="utf-8").read()
text = text.replace('<article id="vns-tu"', '<article id="vns-tu" url="https://vietnamnews.vn/example"'
                    ' retrieved="2026-01-05"')
for lang, retrieved, computed in (("en", "retrieved 5 January 2026", "computed from notes"),
                                  ("vi", "truy cập ngày 5/1/2026", "tính từ ghi chú")):
    open(BRIEF_XML, "w", encoding="utf-8").write(text.replace('lang="en"', f'lang="{lang}"', 1))
    out = os.path.join(root, f"{lang}.pdf")
    r = run([BINARY, "build", brief, "-o", out])
    check(r.returncode == 0, f"the {lang} brief with a url builds: {r.stderr[-600:]}")
    if r.returncode == 0:
        printed = " ".join(pdftotext(out).split())
        check(f"https://vietnamnews.vn/example, {retrieved}" in printed,
              f"the {lang} sources list prints the url and '{retrieved}'")
        check(computed in printed, f"the {lang} sources list gives derived figures' notes")

finish("pin")
