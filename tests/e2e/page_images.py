"""build --png: every page of the sample painted by Cairo as a PNG image, one per page, at the page's
size at the chosen dpi, with ink wherever pdftotext finds a word on that page and nowhere that
pdftoppm leaves blank; the PDF is the same with or without the images."""
import filecmp
import math
import struct
import zlib

from common import *

DPI = 40  # small images: decoded here in pure Python


def png_chunks(path):
    data = open(path, "rb").read()
    check(data[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is a PNG")
    chunks, pos = {}, 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunks[kind] = chunks.get(kind, b"") + data[pos + 8:pos + 8 + length]
        pos += 12 + length
    return chunks


def png_size(path):
    return struct.unpack(">II", png_chunks(path)[b"IHDR"][:8])


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else b if pb <= pc else c


def png_gray(path):
    """(width, height, rows of gray levels) of the 8-bit RGB image Cairo writes."""
    chunks = png_chunks(path)
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunks[b"IHDR"])
    check((depth, colour, interlace) == (8, 2, 0), f"{path}: 8-bit RGB, not interlaced")
    raw, stride, rows = zlib.decompress(chunks[b"IDAT"]), width * 3, []
    prev = bytearray(stride)
    for y in range(height):
        kind, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        if kind == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif kind != 0:
            for i in range(stride):
                left = line[i - 3] if i >= 3 else 0
                if kind == 1:
                    line[i] = (line[i] + left) & 255
                elif kind == 3:
                    line[i] = (line[i] + ((left + prev[i]) >> 1)) & 255
                else:
                    line[i] = (line[i] + paeth(left, prev[i], prev[i - 3] if i >= 3 else 0)) & 255
        prev = line
        rows.append([(line[x] + line[x + 1] + line[x + 2]) // 3 for x in range(0, stride, 3)])
    return width, height, rows


def pdftoppm_gray(pdf, page, folder):
    stem = os.path.join(folder, f"ref{page}")
    run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
         pdf, stem], check=True)
    data = open(stem + ".pgm", "rb").read()
    header = data.split(maxsplit=4)
    width, height = int(header[1]), int(header[2])
    pixels = data[len(data) - width * height:]
    return [pixels[y * width:(y + 1) * width] for y in range(height)]


def page_sizes(pdf, pages):
    info = run(["pdfinfo", "-f", "1", "-l", str(pages), pdf], check=True).stdout
    return [tuple(map(float, m)) for m in re.findall(r"^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)",
                                                     info, re.M)]


def words_by_page(pdf):
    """Per page, the (xMin, yMin, xMax, yMax) in points of each word pdftotext finds."""
    html = run(["pdftotext", "-bbox", pdf, "-"], check=True).stdout
    number = r'"([\d.]+)"'
    return [[tuple(map(float, m)) for m in re.findall(
        rf"<word xMin={number} yMin={number} xMax={number} yMax={number}>", page)]
        for page in html.split("<page ")[1:]]


def inked(rows, box, scale):
    """The box (widened by a pixel) is not of one tone: something is drawn on the paper or on
    the panel behind it (small grey text at 40 dpi is light, so no fixed darkness)."""
    x0, y0 = max(0, int(box[0] * scale) - 1), max(0, int(box[1] * scale) - 1)
    x1, y1 = int(math.ceil(box[2] * scale)) + 1, int(math.ceil(box[3] * scale)) + 1
    tones = [v for row in rows[y0:y1] for v in row[x0:x1]]
    return bool(tones) and max(tones) - min(tones) >= 48


def near_ink(rows, x, y):
    return any(v < 192 for row in rows[max(0, y - 1):y + 2] for v in row[max(0, x - 1):x + 2])


root = scratch("briefing-png-")
plain = build_sample()
pages = page_count(plain)

# The default resolution, and the PDF untouched by the images.
pdf, images = os.path.join(root, "default.pdf"), os.path.join(root, "default")
r = run([BINARY, "build", SAMPLE, "-o", pdf, "--png", images])
check(r.returncode == 0, f"build --png exits 0: {r.stderr[-400:]}")
names = [f"page-{n:02d}.png" for n in range(1, pages + 1)]
check(sorted(os.listdir(images)) == names, f"one image per page: {sorted(os.listdir(images))}")
check(r.stdout.splitlines() == [os.path.join(images, n) for n in names] + [pdf],
      f"stdout names the images, then the PDF: {r.stdout.splitlines()[:3]}")
check(filecmp.cmp(pdf, plain, shallow=False), "the PDF has the same bytes with --png")
sizes = page_sizes(plain, pages)
check(len(sizes) == pages, f"pdfinfo gives every page's size ({len(sizes)})")
width, height = sizes[0]
expected = (math.ceil(width * 150 / 72), math.ceil(height * 150 / 72))
check(png_size(os.path.join(images, names[0])) == expected,
      f"{names[0]} is {png_size(os.path.join(images, names[0]))} px at the default 150 dpi, "
      f"the page's size is {expected}")

pdf, images = os.path.join(root, "small.pdf"), os.path.join(root, "small")
r = run([BINARY, "build", SAMPLE, "-o", pdf, "--png", images, "--dpi", str(DPI)])
check(r.returncode == 0, f"build --png --dpi {DPI} exits 0: {r.stderr[-400:]}")
words = words_by_page(plain)
scale = DPI / 72
for number, (name, (width, height), boxes) in enumerate(zip(names, sizes, words), start=1):
    path = os.path.join(images, name)
    w, h, rows = png_gray(path)
    check((w, h) == (math.ceil(width * scale), math.ceil(height * scale)),
          f"{name} is {(w, h)} px, page {number} is {width} x {height} pt at {DPI} dpi")
    per_metre = struct.unpack(">I", png_chunks(path).get(b"pHYs", b"\0" * 4)[:4])[0]
    check(per_metre == round(DPI / 0.0254), f"{name} records {DPI} dpi ({per_metre} px/m)")
    dark = [(x, y) for y, row in enumerate(rows) for x, v in enumerate(row) if v < 128]
    check(len(dark) > 100, f"{name} is not blank ({len(dark)} dark pixels)")
    # A word narrower than two pixels (a chart label's grey middle dot, 1.9pt wide, is one pixel
    # at 40 dpi) may fall between pixels and leave no contrast wherever it is placed.
    blank = [box for box in boxes if (box[2] - box[0]) * scale >= 2 and not inked(rows, box, scale)]
    check(boxes and not blank, f"{name}: ink under each of the {len(boxes)} words pdftotext finds "
                               f"on page {number}; none at {blank[:3]}")
    # Painted where the PDF is painted: every dark pixel lies within a pixel of a dark one in
    # poppler's picture of the same page, which a page shifted by a point would not.
    ref = pdftoppm_gray(plain, number, root)
    stray = [p for p in dark if not near_ink(ref, *p)]
    check(len(stray) <= len(dark) // 200,
          f"{name}: {len(stray)} of {len(dark)} dark pixels where pdftoppm has none: {stray[:3]}")

for args in (["--dpi", "72"], ["--png", root, "--dpi", "5000"]):
    r = run([BINARY, "build", SAMPLE, "-o", os.path.join(root, "x.pdf"), *args])
    check(r.returncode == 2, f"build {' '.join(args)} is a usage error (exit {r.returncode})")
finish("page_images")
