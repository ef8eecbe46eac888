"""Charts end to end: the sample's charts are vector drawings with real text in the PDF, and
`briefing charts` exports each of them at the size the brief prints it."""
import filecmp
import struct

from common import *

MM = 72 / 25.4


def sample_charts():
    """(type, title, value-title, category labels, height in points) of each sample chart."""
    xml = open(os.path.join(SAMPLE, "brief.xml"), encoding="utf-8").read()
    charts = []
    for attributes, body in re.findall(r"<chart\s([^>]*?)(?:/>|>(.*?)</chart>)", xml, re.S):
        attr = dict(re.findall(r'([\w-]+)="([^"]*)"', attributes))
        labels = re.findall(r'<category\s[^>]*label="([^"]+)"', body or "")
        charts.append((attr["type"], attr["title"], attr.get("value-title", ""), labels,
                       float(attr["height"].removesuffix("mm")) * MM))
    return charts


def squeezed(text):
    return re.sub(r"\s+", "", text)


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    check(head[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is a PNG")
    return struct.unpack(">II", head[16:24])


def text_width():
    """The sample layout's text frame width less the chart style's padding, in points."""
    layout = open(os.path.join(SOURCE, "layouts", "annual.xml"), encoding="utf-8").read()
    page = re.search(r"<page\s[^>]*>", layout).group(0)
    inner, outer = (float(re.search(rf'\s{side}="([\d.]+)mm"', page).group(1)) * MM
                    for side in ("inner", "outer"))
    style = re.search(r'<style name="chart"\s[^>]*>', layout).group(0)
    padding = float(re.search(r'\spadding="([\d.]+)pt"', style).group(1))
    return 210 * MM - inner - outer - 2 * padding


def export(fmt, out):
    r = run([BINARY, "charts", SAMPLE, "--format", fmt, "-o", out])
    check(r.returncode == 0, f"charts --format {fmt} exits 0: {r.stderr[-400:]}")
    return sorted(os.listdir(out)) if os.path.isdir(out) else []


charts = sample_charts()
check(len(charts) >= 3, f"the sample declares its charts ({len(charts)})")
pdf = build_sample()

# The sample's only rasters are its pictures (e2e/images.py): the logo and the map.
images = run(["pdfimages", "-list", pdf], check=True).stdout.splitlines()[2:]
sizes = {tuple(line.split()[3:5]) for line in images}
check(sizes <= {("256", "256"), ("1200", "750")}, f"no chart is a raster: {sorted(sizes)}")

text = squeezed(pdftotext(pdf))
for kind, title, value_title, labels, _ in charts:
    axis = [value_title] if kind not in ("pie", "donut") else []  # slices have no axes
    for label in [title, *axis, *labels]:
        check(squeezed(label) in text, f"'{label}' of the {kind} chart is text in the PDF")

root = scratch("briefing-charts-")
width = text_width()
pngs = export("png", os.path.join(root, "png"))
check(len(pngs) == len(charts), f"one PNG per chart: {pngs}")
for name, (_, title, _, _, height) in zip(pngs, charts):
    check(name.endswith(".png") and name[:2].isdigit(), f"{name} is numbered in brief order")
    size = png_size(os.path.join(root, "png", name))
    expected = (round(width * 300 / 72), round(height * 300 / 72))
    check(all(abs(a - b) <= 1 for a, b in zip(size, expected)),
          f"{name} is {size} px, the printed size at 300 dpi is {expected}")

for fmt in ("svg", "pdf"):
    first = export(fmt, os.path.join(root, fmt + "1"))
    again = export(fmt, os.path.join(root, fmt + "2"))
    check(len(first) == len(charts) and first == again, f"one {fmt} per chart: {first}")
    for name in first:
        same = filecmp.cmp(os.path.join(root, fmt + "1", name), os.path.join(root, fmt + "2", name),
                           shallow=False)
        check(same, f"{name} has the same bytes on every export")

for name, (_, title, _, _, _) in zip(export("pdf", os.path.join(root, "pdf3")), charts):
    exported = squeezed(pdftotext(os.path.join(root, "pdf3", name)))
    check(squeezed(title) in exported, f"the exported {name} has its title as text")
    check(run(["pdfimages", "-list", os.path.join(root, "pdf3", name)]).stdout.count("\n") <= 2,
          f"the exported {name} is vector")

bad = run([BINARY, "charts", SAMPLE, "--format", "gif", "-o", root])
check(bad.returncode == 2, f"an unknown format is a usage error (exit {bad.returncode})")
finish("charts")
