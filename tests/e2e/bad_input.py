"""Bad input: file:line:col errors, exit 1, no PDF written, a previous PDF left untouched; bad
usage exits 2; a character no font has is a warning naming its code point."""
import shutil

from common import *

LINE_COL = r"^{}:(\d+):(\d+): error: "


def brief_copy(mutate):
    """A copy of the sample brief (and of layouts/, fonts/) with brief.xml changed by `mutate`."""
    root = scratch("briefing-bad-")
    brief = os.path.join(root, "brief")
    shutil.copytree(SAMPLE, brief)
    data = os.path.join(root, "data")
    shutil.copytree(os.path.join(SOURCE, "layouts"), os.path.join(data, "layouts"))
    shutil.copytree(os.path.join(SOURCE, "fonts"), os.path.join(data, "fonts"))
    for path, f in mutate.items():
        full = os.path.join(root, path)
        with open(full, encoding="utf-8") as fh:
            text = fh.read()
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(f(text))
    return root, brief, data


def expect_error(name, mutate, pattern, file_suffix):
    root, brief, data = brief_copy(mutate)
    out = os.path.join(root, "out.pdf")
    with open(out, "wb") as fh:
        fh.write(b"previous")
    r = run([BINARY, "--data-dir", data, "build", brief, "-o", out])
    check(r.returncode == 1, f"{name}: exit 1, got {r.returncode}")
    located = [l for l in r.stderr.splitlines()
               if re.match(r"^\S*" + re.escape(file_suffix) + r":\d+:\d+: error: ", l)]
    check(located != [], f"{name}: an error at {file_suffix}:line:col, got {r.stderr.strip()[:300]!r}")
    check(re.search(pattern, r.stderr) is not None, f"{name}: message matches {pattern!r}: {r.stderr.strip()[:300]!r}")
    check(open(out, "rb").read() == b"previous", f"{name}: previous output untouched")
    check(sorted(os.listdir(root)) == ["brief", "data", "out.pdf"], f"{name}: no temporary file left")
    return r


expect_error("malformed XML", {"brief/brief.xml": lambda t: t.replace("</title>", "</titel>", 1)},
             r"(?i)mismatch|closing|end tag", "brief.xml")
expect_error("unknown element", {"brief/brief.xml": lambda t: t.replace("<p>", "<paragraf>x</paragraf><p>", 1)},
             r"paragraf", "brief.xml")
expect_error("unknown attribute", {"brief/brief.xml": lambda t: t.replace("<p>", '<p colour="red">', 1)},
             r"colour", "brief.xml")
expect_error("wrong page size", {"data/layouts/annual.xml": lambda t: re.sub(r'size="A4"', 'size="big"', t, 1)},
             r"big", "annual.xml")
expect_error("length without unit",
             {"data/layouts/annual.xml": lambda t: re.sub(r'(<page[^>]*?top=")[^"]*"', r'\g<1>25"', t, 1)},
             r"length", "annual.xml")
expect_error("cyclic style",
             {"data/layouts/annual.xml": lambda t: t.replace("</styles>",
              '<style name="cyc-a" parent="cyc-b"/><style name="cyc-b" parent="cyc-a"/></styles>', 1)},
             r"cycl", "annual.xml")
expect_error("missing font file",
             {"data/fonts/manifest.xml": lambda t: t.replace("NotoSerif-Regular.ttf", "NoSuchFont.ttf", 1)},
             r"NoSuchFont", "manifest.xml")
expect_error("missing article",
             {"brief/brief.xml": lambda t: re.sub(r'file="articles/([^"]+)"', r'file="articles/missing-\1"', t, 1)},
             r"missing-", "brief.xml")

# A missing brief folder, and usage errors.
r = run([BINARY, "build", "/nonexistent/brief"])
check(r.returncode == 1 and "error:" in r.stderr, f"missing brief: exit 1 with an error, got {r.returncode}")
for args in ([], ["frobnicate"], ["build"], ["build", SAMPLE, "--no-such-flag"]):
    r = run([BINARY, *args])
    check(r.returncode == 2, f"usage {args}: exit 2, got {r.returncode}")
r = run([BINARY, "--help"])
check(r.returncode == 0 and "build" in r.stdout and "validate" in r.stdout, "--help lists the commands")
r = run([BINARY, "--version"])
check(r.returncode == 0 and re.search(r"briefing \d+\.\d+", r.stdout) is not None, "--version")
r = run([BINARY, "validate", SAMPLE])
check(r.returncode == 0, f"validate of the sample exits 0: {r.stderr[-300:]}")

# A character that no font has is a warning with its code point; the build still succeeds.
root, brief, data = brief_copy({"brief/brief.xml": lambda t: t.replace("<p>", "<p>Lisu \ua4d0 sign. ", 1)})
r = run([BINARY, "--data-dir", data, "build", brief, "-o", os.path.join(root, "x.pdf")])
check(r.returncode == 0, f"missing glyph: build succeeds, got {r.returncode}: {r.stderr[-300:]}")
check(re.search(r"brief\.xml:\d+:\d+: warning: .*U\+A4D0", r.stderr) is not None,
      f"missing glyph: warning names U+A4D0 at brief.xml:line:col: {r.stderr.strip()[:300]!r}")
finish("bad_input")
