"""Justified body text is as even as Typst's on the reference anchors: p95 inter-word gap
<= 0.415 em and no loose line, measured by the shared bench's spacing.py."""
import re

from common import *

script = os.path.join(SOURCE, "..", "shared", "bench", "spacing.py")
check(os.path.exists(script), f"{script} exists (CI runs with ../shared beside the clone)")
pdf = build_sample()
out = run(["python3", script, pdf], check=True).stdout
print(out.strip())
m = re.search(r"lines (\d+)\s+median_gap_em ([\d.]+)\s+p95_gap_em ([\d.]+)\s+max_gap_em ([\d.]+)\s+loose_lines ([\d.]+)%", out)
check(m is not None, "spacing.py printed its figures")
if m:
    lines, p95, loose = int(m.group(1)), float(m.group(3)), float(m.group(5))
    check(lines >= 100, f"at least 100 body lines measured ({lines})")
    check(p95 <= 0.415, f"p95 gap {p95} em <= 0.415 em (Typst 0.14 on the reference workload)")
    check(loose == 0.0, f"no loose lines ({loose}%)")
finish("spacing")
