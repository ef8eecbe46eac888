"""The text is printed, not only extractable: pdftotext reads a PDF's text from its content
streams even when the embedded fonts lack the glyphs' outlines, and then the paper is blank.
Every page of the sample is rasterised in gray; a page with lines of text must carry ink in
proportion to them (a page of body text is about a tenth dark), and the charts' page too."""

from common import *

DPI = 40


def gray_pixels(pdf, page, folder):
    """The page as (width, height, bytes) from pdftoppm's binary PGM."""
    stem = os.path.join(folder, f"p{page}")
    run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page), "-singlefile",
         pdf, stem], check=True)
    data = open(stem + ".pgm", "rb").read()
    header = data.split(maxsplit=4)  # P5, width, height, maxval, pixels
    width, height = int(header[1]), int(header[2])
    return width, height, data[len(data) - width * height:]


pdf = build_sample()
folder = scratch("briefing-ink-")
texts = page_texts(pdf)
for number, text in enumerate(texts, start=1):
    lines = [l for l in text.splitlines() if len(l.split()) >= 4]
    if len(lines) < 10:
        continue  # the cover and short pages: too little text to expect ink from
    width, height, pixels = gray_pixels(pdf, number, folder)
    dark = sum(1 for p in pixels if p < 200) / (width * height)
    # Measured on the sample: body pages 8-14 % inked, the contents page (dot leaders) 3 %, a
    # page of blank glyphs under a running header well under 1 %. A tenth of a percent per line
    # of four words or more stays below every page that prints its text.
    expected = 0.001 * len(lines)
    check(dark >= expected, f"page {number}: {len(lines)} lines of text, {dark:.2%} of the "
                            f"page dark (at least {expected:.2%} expected)")
finish("ink")
