"""Shaped text as the readers of the PDF see it (issue 14's "must hold" list).

The golden brief tests/golden/mixed-script (CJK Extension B, Arabic and Hebrew names in English
paragraphs, a right-to-left Hebrew paragraph, a heading "AVATAR To Wave") is built, and read back:
- pdftotext gives every name, and the Hebrew paragraph's words, in logical order once bidi
  controls are removed;
- `mutool draw -F text` gives the CJK exactly and the right-to-left text exactly reversed (MuPDF
  1.21 reports visual order; the PDF has no /ActualText, which made poppler reverse them);
- kerning: the heading's character positions (`mutool draw -F stext`) step by the advances
  HarfBuzz gives for the font with its kerning, read here from the font file through HarfBuzz's
  C API; with `features="-kern"` on the heading style they step by the bare advances, and the
  two builds' page dumps differ in the word's width by what the positions differ;
- pdffonts: every font embedded, subset, with a ToUnicode map, one of them CID-keyed CFF;
  `qpdf --check` is clean; a build with a cold and one with a warm cache are byte-identical;
- poppler and MuPDF render the pages without a complaint."""
import ctypes
import ctypes.util
import xml.etree.ElementTree as ET

from common import *

# Inside the build tree, removed at the end; the cache folder too (never ~/.cache).
WORK = tempfile.mkdtemp(prefix="shaping-", dir=os.getcwd())
atexit.register(shutil.rmtree, WORK, True)
ENV = dict(os.environ, BRIEFING_CACHE_DIR=os.path.join(WORK, "cache"))
GOLDEN = os.path.join(SOURCE, "tests", "golden", "mixed-script")
HEADING_FONT = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"  # h1 of layouts/annual.xml
HEADING_SIZE = 15.0
TOLERANCE = 0.05  # points: the dump rounds to 0.01, MuPDF prints positions to 1e-6

CJK = ["𠮷野家", "𩸽", "𠀀"]
RTL = ["محمد بن سلمان", "ישראל כ״ץ"]
# The dir="rtl" paragraph without its closing "2025.", which pdftotext moves to the line's start.
RTL_LINE = "שר החוץ ישראל כ״ץ נפגש עם עמיתו בשנת"
BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MUPDF_NOISE = {"warning: ICC support is not available"}  # Debian's build, not the file


def brief_folder():
    """The golden brief over the corpus base brief's articles, as tests/golden/run.py builds it."""
    folder = os.path.join(WORK, "mixed-script")
    shutil.copytree(os.path.join(SOURCE, "tests", "bad", "base", "brief"), folder)
    shutil.copy(os.path.join(GOLDEN, "brief.xml"), os.path.join(folder, "brief.xml"))
    return folder


def unkerned_data_dir():
    """A data folder whose annual layout turns kerning off in level-1 headings."""
    data = os.path.join(WORK, "data-unkerned")
    shutil.copytree(os.path.join(SOURCE, "layouts"), os.path.join(data, "layouts"))
    shutil.copytree(os.path.join(SOURCE, "fonts"), os.path.join(data, "fonts"))
    path = os.path.join(data, "layouts", "annual.xml")
    layout = open(path, encoding="utf-8").read()
    h1 = '<style name="h1" parent="heading"'
    check(h1 in layout and "features=" not in layout.split(h1)[1].split("/>")[0],
          "the annual layout's h1 style is there and sets no features")
    with open(path, "w", encoding="utf-8") as f:
        f.write(layout.replace(h1, h1 + ' features="-kern"', 1))
    return data


def build_pdf(brief, out, data=SOURCE, dump=False):
    args = [BINARY, "--data-dir", data, "build", brief]
    args += ["--dump", "pages"] if dump else ["-o", out]
    r = run(args, env=ENV)
    check(r.returncode == 0, f"{brief} builds ({' '.join(args[2:])}): exit {r.returncode}: "
          f"{r.stderr}")
    check(not [l for l in r.stderr.splitlines() if "warning" in l],
          f"the build warns about nothing: {r.stderr}")
    return r.stdout


# --- HarfBuzz through ctypes: what the font says, independently of briefing's code ---

class GlyphPosition(ctypes.Structure):
    _fields_ = [("x_advance", ctypes.c_int32), ("y_advance", ctypes.c_int32),
                ("x_offset", ctypes.c_int32), ("y_offset", ctypes.c_int32),
                ("var", ctypes.c_uint32)]


class Feature(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_uint32), ("value", ctypes.c_uint32),
                ("start", ctypes.c_uint), ("end", ctypes.c_uint)]


def harfbuzz():
    hb = ctypes.CDLL(ctypes.util.find_library("harfbuzz") or "libharfbuzz.so.0")
    p = ctypes.c_void_p
    for name, res, args in [
            ("hb_blob_create_from_file", p, [ctypes.c_char_p]),
            ("hb_face_create", p, [p, ctypes.c_uint]),
            ("hb_face_get_upem", ctypes.c_uint, [p]),
            ("hb_font_create", p, [p]),
            ("hb_buffer_create", p, []),
            ("hb_buffer_add_utf8", None, [p, ctypes.c_char_p, ctypes.c_int, ctypes.c_uint,
                                          ctypes.c_int]),
            ("hb_buffer_guess_segment_properties", None, [p]),
            ("hb_feature_from_string", ctypes.c_int, [ctypes.c_char_p, ctypes.c_int,
                                                      ctypes.POINTER(Feature)]),
            ("hb_shape", None, [p, p, ctypes.POINTER(Feature), ctypes.c_uint]),
            ("hb_buffer_get_glyph_positions", ctypes.POINTER(GlyphPosition),
             [p, ctypes.POINTER(ctypes.c_uint)]),
            ("hb_buffer_destroy", None, [p]), ("hb_font_destroy", None, [p]),
            ("hb_face_destroy", None, [p]), ("hb_blob_destroy", None, [p])]:
        getattr(hb, name).restype = res
        getattr(hb, name).argtypes = args
    return hb


def advances(text, features, font_file=HEADING_FONT, size=HEADING_SIZE):
    """The advance of each glyph of `text` shaped by HarfBuzz, in points at `size`."""
    hb = harfbuzz()
    blob = hb.hb_blob_create_from_file(font_file.encode())
    face = hb.hb_face_create(blob, 0)
    font = hb.hb_font_create(face)  # scale: the face's units per em
    upem = hb.hb_face_get_upem(face)
    buf = hb.hb_buffer_create()
    hb.hb_buffer_add_utf8(buf, text.encode(), -1, 0, -1)
    hb.hb_buffer_guess_segment_properties(buf)
    feats = (Feature * max(1, len(features)))()
    for i, f in enumerate(features):
        hb.hb_feature_from_string(f.encode(), -1, ctypes.byref(feats[i]))
    hb.hb_shape(font, buf, feats, len(features))
    n = ctypes.c_uint()
    pos = hb.hb_buffer_get_glyph_positions(buf, ctypes.byref(n))
    result = [pos[i].x_advance * size / upem for i in range(n.value)]
    for obj, destroy in [(buf, hb.hb_buffer_destroy), (font, hb.hb_font_destroy),
                         (face, hb.hb_face_destroy), (blob, hb.hb_blob_destroy)]:
        destroy(obj)
    return result


# --- what the PDF says ---

def heading_chars(pdf):
    """(character, x) of the line holding "AVATAR To Wave", from MuPDF's structured text."""
    r = run(["mutool", "draw", "-q", "-F", "stext", "-o", "-", pdf])
    check(r.returncode == 0, f"mutool draw -F stext: exit {r.returncode}")
    for line in ET.fromstring(r.stdout).iter("line"):
        chars = [(c.get("c"), float(c.get("x"))) for c in line.iter("char")]
        if "AVATAR To Wave" in "".join(c for c, _ in chars):
            return chars
    check(False, f"{pdf}: MuPDF finds the heading 'AVATAR To Wave'")
    return []


def word_x(chars, word):
    """The x of each character of the first occurrence of `word` in `chars`."""
    text = "".join(c for c, _ in chars)
    at = text.index(word)
    return [x for _, x in chars[at:at + len(word)]]


def dump_width(dump, word):
    """The width the page dump gives the run `word`."""
    m = re.search(r" (\d+\.\d+) \"" + re.escape(word) + "\"$", dump, re.M)
    check(m is not None, f"the dump has a run {word!r}")
    return float(m.group(1)) if m else 0.0


def close(a, b):
    return abs(a - b) <= TOLERANCE


def check_extraction(pdf):
    text = BIDI_CONTROLS.sub("", pdftotext(pdf))
    for name in CJK + RTL + [RTL_LINE]:
        check(name in text, f"pdftotext gives {name} in logical order")
    r = run(["mutool", "draw", "-q", "-F", "text", "-o", "-", pdf])
    check(r.returncode == 0, f"mutool draw -F text: exit {r.returncode}")
    for name in CJK:
        check(name in r.stdout, f"mutool gives {name} exactly")
    for name in RTL + [RTL_LINE]:
        # MuPDF 1.21 reports right-to-left text in visual order: exactly reversed. A change
        # (MuPDF reading the order, or an /ActualText it honours) shows here.
        check(name[::-1] in r.stdout and name not in r.stdout,
              f"mutool gives {name} exactly reversed (visual order), not logical")


def check_kerning(kerned_pdf, unkerned_pdf, kerned_dump, unkerned_dump):
    word = "AVATAR"
    kerned = advances(word + " ", [])
    bare = advances(word + " ", ["-kern"])
    check(kerned[0] < bare[0] - 0.3, f"the font kerns A-V: {kerned[0]:.3f} vs {bare[0]:.3f} pt")
    xs = word_x(heading_chars(kerned_pdf), word)
    xs_bare = word_x(heading_chars(unkerned_pdf), word)
    if len(xs) != len(word) or len(xs_bare) != len(word):
        return
    for i in range(len(word) - 1):
        pair = word[i:i + 2]
        step, step_bare = xs[i + 1] - xs[i], xs_bare[i + 1] - xs_bare[i]
        check(close(step, kerned[i]), f"kerned {pair}: {step:.3f} pt = advance + kern "
              f"{kerned[i]:.3f} pt")
        check(close(step_bare, bare[i]), f"features=\"-kern\" {pair}: {step_bare:.3f} pt = "
              f"bare advance {bare[i]:.3f} pt")
    check(xs[1] - xs[0] < xs_bare[1] - xs_bare[0] - 0.3, "A-V is closer kerned than unkerned")
    # The dump's shaped width and the PDF's positions agree on what kerning took away.
    saved_in_dump = dump_width(unkerned_dump, word + " ") - dump_width(kerned_dump, word + " ")
    saved_in_pdf = (xs_bare[-1] - xs_bare[0]) - (xs[-1] - xs[0])
    check(abs(saved_in_dump - saved_in_pdf) <= 2 * TOLERANCE,
          f"the dump's width difference {saved_in_dump:.3f} pt is the PDF's {saved_in_pdf:.3f} pt")


def check_fonts(pdf):
    rows = run(["pdffonts", pdf], check=True).stdout.splitlines()[2:]
    check(len(rows) >= 5, f"pdffonts lists the text, CJK, Arabic and Hebrew fonts: {rows}")
    for row in rows:
        cols = row.split()
        # name type... encoding emb sub uni object-id generation
        check(cols[-5:-2] == ["yes", "yes", "yes"], f"embedded, subset, ToUnicode: {row}")
        check(re.match(r"[A-Z]{6}\+", cols[0]) is not None, f"a subset's name: {row}")
    check(any("CID Type 0C" in row for row in rows), "a CID-keyed CFF font (Noto CJK) is among them")
    q = run(["qpdf", "--check", pdf])
    check(q.returncode == 0 and not q.stderr.strip(), f"qpdf --check: {q.stdout}{q.stderr}")


def complaints(pdf):
    """What poppler and MuPDF print on stderr while rendering every page of `pdf`."""
    out = tempfile.mkdtemp(dir=WORK)
    poppler = run(["pdftoppm", "-r", "40", "-png", pdf, os.path.join(out, "p")])
    found = [f"poppler: {l}" for l in poppler.stderr.splitlines() if l.strip()]
    mupdf = run(["mutool", "draw", "-q", "-r", "40", "-o", os.path.join(out, "m%d.png"), pdf])
    found += [f"mupdf: {l}" for l in mupdf.stderr.splitlines()
              if l.strip() and l.strip() not in MUPDF_NOISE]
    found += [f"{n}: exit {r.returncode}" for n, r in [("poppler", poppler), ("mupdf", mupdf)]
              if r.returncode != 0]
    return found


brief = brief_folder()
first = os.path.join(WORK, "first.pdf")
second = os.path.join(WORK, "second.pdf")
unkerned = os.path.join(WORK, "unkerned.pdf")
build_pdf(brief, first)  # a cold cache: every subset made
build_pdf(brief, second)  # a warm one: every subset read back
with open(first, "rb") as a, open(second, "rb") as b:
    check(a.read() == b.read(), "a cold-cache and a warm-cache build are byte-identical")
data = unkerned_data_dir()
build_pdf(brief, unkerned, data)
kerned_dump = build_pdf(brief, None, dump=True)
unkerned_dump = build_pdf(brief, None, data, dump=True)

check_extraction(first)
check_kerning(first, unkerned, kerned_dump, unkerned_dump)
check_fonts(first)
found = complaints(first)
check(found == [], f"the pages render with no complaint: {found[:5]}")
finish("shaping")
