"""All text of the shipped layouts reaches a contrast of 4.5:1 (WCAG 2) against what it is printed
on, so a grayscale printer keeps it legible: no layout in layouts/ draws the program's contrast
warning, a layout made too faint does (at its <style>), and in the built sample every piece of
text outside the artifacts (stamps) is measured against the fill under it, or the white paper."""
import os
import re
import shutil

from common import BINARY, SAMPLE, SOURCE, check, finish, run, scratch

WORK = scratch("briefing-ink-")


def luminance(hex_colour):
    def linear(c):
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)


def ratio(a, b):
    la, lb = sorted((luminance(a), luminance(b)))
    return (lb + 0.05) / (la + 0.05)


def copy_sample(layout_xml):
    """The sample with its layout swapped for `layout_xml` (a copy beside it)."""
    brief = os.path.join(WORK, "brief-" + os.path.basename(layout_xml))
    shutil.copytree(SAMPLE, brief)
    shutil.copy(layout_xml, os.path.join(brief, "layout.xml"))
    # The layout's own pictures (the logo) lie beside it.
    shutil.copytree(os.path.join(SOURCE, "layouts", "images"), os.path.join(brief, "images"),
                    dirs_exist_ok=True)
    path = os.path.join(brief, "brief.xml")
    text = open(path, encoding="utf-8").read()
    with open(path, "w", encoding="utf-8") as f:
        f.write(text.replace('layout="annual"', 'layout="layout.xml"', 1))
    return brief


def contrast_warnings(brief):
    r = run([BINARY, "validate", brief])
    check(r.returncode == 0, f"{brief} is not valid: {r.stderr[-1000:]}")
    return [line for line in r.stderr.splitlines() if re.search(r"warning: .*contrast", line)]


layouts = sorted(f for f in os.listdir(os.path.join(SOURCE, "layouts")) if f.endswith(".xml"))
check(layouts, "no layouts found")
for name in layouts:
    brief = copy_sample(os.path.join(SOURCE, "layouts", name))
    found = contrast_warnings(brief)
    check(not found, f"layouts/{name} draws contrast warnings: {found}")

# The same check on a layout whose key-figure notes are light grey on the panel's tint.
faint = os.path.join(WORK, "faint.xml")
text = open(os.path.join(SOURCE, "layouts", "annual.xml"), encoding="utf-8").read()
text = re.sub(r'(<style name="keyfig-note"[^>]*color=")#[0-9a-f]{6}', r"\g<1>#a0a8b0", text)
with open(faint, "w", encoding="utf-8") as f:
    f.write(text)
found = contrast_warnings(copy_sample(faint))
line = next(i + 1 for i, l in enumerate(text.splitlines()) if 'name="keyfig-note"' in l)
check(any(re.search(rf"layout\.xml:{line}:\d+: warning: style 'keyfig-note' .*contrast of 2\.\d+:1",
                    w) for w in found),
      f"a faint keyfig-note is not warned of at its style (line {line}): {found}")

# Every text piece of the built sample against the last fill under its baseline.
dump = os.path.join(WORK, "sample.dump")
r = run([BINARY, "build", SAMPLE, "--dump", "pages", "-o", dump])
check(r.returncode == 0, f"the sample did not build: {r.stderr[-1000:]}")
faint_texts = []
for page in open(dump, encoding="utf-8").read().split("\npage ")[1:]:
    fills = []
    for item in page.splitlines():
        m = re.match(r"  fill (\S+) (\S+) (\S+) (\S+) (#[0-9a-f]{6})", item)
        if m:
            fills.append((*map(float, m.groups()[:4]), m.group(5)))
            continue
        m = re.match(r'  text (\S+) (\S+) \S+ \S+ \S+ (#[0-9a-f]{6}) \S+(?: rtl)? "(.*)"$', item)
        if not m:
            continue
        x, y = float(m.group(1)), float(m.group(2))
        under = "#ffffff"
        for fx, fy, fw, fh, colour in fills:
            if fx <= x <= fx + fw and fy <= y <= fy + fh:
                under = colour
        if ratio(m.group(3), under) < 4.5:
            faint_texts.append(f"page {page.split()[0]}: “{m.group(4)}” {m.group(3)} on {under}")
check(not faint_texts, f"{len(faint_texts)} text piece(s) below 4.5:1: {faint_texts[:5]}")

finish("contrast")
