"""The sample's text extracts exactly (Vietnamese and Chinese), fonts are embedded subsets,
qpdf finds no error, metadata is set, and two builds are byte-identical."""
import filecmp
import re

from common import *

pdf = build_sample()
text = pdftotext(pdf)
for s in ["Trần Cẩm Tú", "Hà Nội", "Việt Nam", "Tô Lâm", "习近平", "Page 2 of"]:
    check(s in text, f"pdftotext finds {s!r}")

fonts = run(["pdffonts", pdf], check=True).stdout.splitlines()[2:]
check(len(fonts) >= 3, f"at least three fonts listed, got {len(fonts)}")
for line in fonts:
    cols = line.split()
    # name type encoding emb sub uni object ID: emb and sub are the 4th/3rd columns from the end
    emb, sub = cols[-5], cols[-4]
    check(emb == "yes" and sub == "yes", f"font embedded and subset: {line}")
    check(re.match(r"^[A-Z]{6}\+", cols[0]) is not None, f"subset tag on {cols[0]}")

q = run(["qpdf", "--check", pdf])
check(q.returncode in (0, 3), f"qpdf --check exit {q.returncode}: {q.stdout[-300:]}")
check("No syntax or stream encoding errors found" in q.stdout, "qpdf: no syntax or stream errors")

info = run(["pdfinfo", pdf], check=True).stdout
check(re.search(r"^Title:\s+Vietnam", info, re.M) is not None, "pdfinfo Title")
check(re.search(r"^Author:\s+\S", info, re.M) is not None, "pdfinfo Author")
check(re.search(r"^Subject:\s+\S", info, re.M) is not None, "pdfinfo Subject")
check(re.search(r"^Keywords:\s+\S", info, re.M) is not None, "pdfinfo Keywords")
check(re.search(r"^Page size:\s+595\.\d* x 841\.\d* pts \(A4\)", info, re.M) is not None, "A4 pages")

code, _, _, second = build()
check(code == 0 and filecmp.cmp(pdf, second, shallow=False), "two builds are byte-identical")
# The logo (with its soft mask) and the map, each stored once: e2e/images.py checks them closely.
listed = run(["pdfimages", "-list", pdf]).stdout.splitlines()[2:]
objects = {line.split()[10] for line in listed}
check(len(objects) == 2, f"two raster pictures stored, however many pages show them: {objects}")
finish("sample_pdf")
