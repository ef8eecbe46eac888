"""No word box lies outside the page's text frame or its header/footer bands. The frame is read
from the layout file, not from the program."""
import re
import xml.etree.ElementTree as ET

from common import *

UNITS = {"pt": 1.0, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72.0}


def length(v):
    m = re.fullmatch(r"([\d.]+)(pt|mm|cm|in)", v.strip())
    return float(m.group(1)) * UNITS[m.group(2)]


page = ET.parse(os.path.join(SOURCE, "layouts", "annual.xml")).getroot().find("page")
top, bottom = length(page.get("top")), length(page.get("bottom"))
inner, outer = length(page.get("inner")), length(page.get("outer"))
mirror = page.get("mirror", "true") == "true"

pdf = build_sample()
xml = run(["pdftotext", "-bbox", pdf, "-"], check=True).stdout
tol = 0.75
checked = 0
for n, (w, h, body) in enumerate(re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', xml, re.S)):
    w, h = float(w), float(h)
    left = inner if (n % 2 == 0 or not mirror) else outer
    right = w - (outer if (n % 2 == 0 or not mirror) else inner)
    for x0, y0, x1, y1, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body):
        x0, y0, x1, y1 = map(float, (x0, y0, x1, y1))
        checked += 1
        inside_x = x0 >= left - tol and x1 <= right + tol
        in_frame = y0 >= top - tol and y1 <= h - bottom + tol
        in_header = y1 <= top + tol and y0 >= 0
        in_footer = y0 >= h - bottom - tol and y1 <= h
        check(inside_x and (in_frame or in_header or in_footer),
              f"page {n + 1}: word {word!r} at ({x0:.1f},{y0:.1f})-({x1:.1f},{y1:.1f}) outside "
              f"frame x {left:.1f}..{right:.1f} y {top:.1f}..{h - bottom:.1f}")
check(checked > 1000, f"checked {checked} words")
finish("frame_bounds")
