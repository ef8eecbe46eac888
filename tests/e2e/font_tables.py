"""The CID fonts of the sample, read back with qpdf. A CID is a glyph index of the font file
layout shaped with (render/cid_font.cpp). Every glyph the W array lists (the glyphs drawn) copies
out through the ToUnicode map. For TrueType outlines, each has a glyph in the CIDToGIDMap, which
ends at the highest CID drawn, and the width W gives it is the advance of that glyph in the
embedded program, read here from its own hmtx table. CFF outlines (the CJK faces) are embedded as
their CFF table (FontFile3, CIDFontType0C), reached by CID, with no map."""
import json
import re
import struct

from common import *


def cids_of_to_unicode(cmap):
    """The CIDs a ToUnicode CMap maps, from its bfchar and bfrange blocks."""
    cids = set()
    for block in re.findall(r"beginbfchar(.*?)endbfchar", cmap, re.S):
        for src in re.findall(r"<([0-9A-Fa-f]{4})>\s*<[0-9A-Fa-f]+>", block):
            cids.add(int(src, 16))
    for block in re.findall(r"beginbfrange(.*?)endbfrange", cmap, re.S):
        for lo, hi in re.findall(r"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*<[0-9A-Fa-f]+>", block):
            cids.update(range(int(lo, 16), int(hi, 16) + 1))
    return cids


def widths_of(w):
    """CID -> width from a W array as qpdf's JSON gives it: c [w1 w2 ...] or c_first c_last w."""
    widths, i = {}, 0
    while i < len(w):
        if isinstance(w[i + 1], list):
            for k, width in enumerate(w[i + 1]):
                widths[w[i] + k] = width
            i += 2
        else:
            for cid in range(w[i], w[i + 1] + 1):
                widths[cid] = w[i + 2]
            i += 3
    return widths


def stream_data(pdf, ref):
    number = int(ref.split()[0])
    return subprocess.run(["qpdf", f"--show-object={number}", "--filtered-stream-data", pdf],
                          capture_output=True, check=True).stdout


def advances(program):
    """Per glyph, its advance in thousandths of an em as libharu rounds it (down), from the
    TrueType font's head, hhea and hmtx tables."""
    tables = {}
    count = struct.unpack(">H", program[4:6])[0]
    for i in range(count):
        tag, _, offset, length = struct.unpack(">4sIII", program[12 + 16 * i:28 + 16 * i])
        tables[tag] = program[offset:offset + length]
    units = struct.unpack(">H", tables[b"head"][18:20])[0]
    metrics = struct.unpack(">H", tables[b"hhea"][34:36])[0]
    hmtx = tables[b"hmtx"]
    widths = [struct.unpack(">H", hmtx[4 * g:4 * g + 2])[0] for g in range(metrics)]
    return lambda glyph: widths[min(glyph, metrics - 1)] * 1000 // units


pdf = build_sample()
objects = json.loads(run(["qpdf", "--json=2", "--json-stream-data=none", pdf], check=True).stdout)
objects = objects["qpdf"][1]


def value(ref):
    return objects[f"obj:{ref}"]["value"]


fonts = [v["value"] for k, v in objects.items()
         if k.startswith("obj:") and isinstance(v.get("value"), dict)
         and v["value"].get("/Subtype") == "/Type0"]
check(len(fonts) >= 3, f"the sample embeds at least 3 fonts, found {len(fonts)}")
kinds = set()
for font in fonts:
    name = font["/BaseFont"]
    mapped = cids_of_to_unicode(stream_data(pdf, font["/ToUnicode"]).decode("latin-1"))
    cid_font = value(font["/DescendantFonts"][0]) if isinstance(font["/DescendantFonts"], list) \
        else value(value(font["/DescendantFonts"])[0])
    widths = widths_of(cid_font.get("/W", []))
    drawn = set(widths)
    check(drawn, f"{name}: its W array lists the glyphs drawn")
    unmapped = sorted(drawn - mapped)
    check(not unmapped, f"{name}: every glyph drawn copies out as text, not {unmapped[:5]}")
    descriptor = value(cid_font["/FontDescriptor"])
    check(re.fullmatch(r"/[A-Z]{6}\+[A-Za-z0-9-]+", name) and descriptor["/FontName"] == name
          and cid_font["/BaseFont"] == name, f"{name}: one subset-tagged name throughout")
    system = cid_font["/CIDSystemInfo"]
    check(system.get("/Registry") == "u:Adobe" and system.get("/Ordering") == "u:Identity",
          f"{name}: CIDSystemInfo Adobe-Identity, found {system}")
    italic = "Italic" in name
    check(bool(descriptor["/Flags"] & 64) == italic and (descriptor["/ItalicAngle"] < 0) == italic,
          f"{name}: italic flag and angle {descriptor['/Flags']}, {descriptor['/ItalicAngle']}")
    check(descriptor["/Flags"] & 32 and descriptor["/Ascent"] > 0 > descriptor["/Descent"]
          and descriptor["/CapHeight"] > 0 and descriptor["/StemV"] > 0
          and len(descriptor["/FontBBox"]) == 4, f"{name}: descriptor metrics {descriptor}")
    kinds.add(cid_font["/Subtype"])
    if cid_font["/Subtype"] == "/CIDFontType0":
        program = objects.get(f"obj:{descriptor.get('/FontFile3')}", {})
        check("/CIDToGIDMap" not in cid_font
              and program.get("stream", {}).get("dict", {}).get("/Subtype") == "/CIDFontType0C",
              f"{name}: CFF outlines as a CIDFontType0C program, no glyph map")
        continue
    gid_map = stream_data(pdf, cid_font["/CIDToGIDMap"])
    for cid in sorted(drawn):
        glyph = int.from_bytes(gid_map[2 * cid:2 * cid + 2], "big") if 2 * cid + 2 <= len(gid_map) else 0
        check(glyph != 0 or cid == 0, f"{name}: CID {cid} has a glyph in the CIDToGIDMap")
    highest = max(drawn)
    check(len(gid_map) == 2 * (highest + 1),
          f"{name}: the CIDToGIDMap ends at the highest CID drawn ({highest}): "
          f"{len(gid_map)} bytes")
    advance = advances(stream_data(pdf, descriptor["/FontFile2"]))
    wrong = []
    for cid in sorted(drawn):
        glyph = int.from_bytes(gid_map[2 * cid:2 * cid + 2], "big")
        if glyph and widths[cid] != advance(glyph):
            wrong.append(f"CID {cid} {widths[cid]} not {advance(glyph)}")
    check(not wrong, f"{name}: the PDF's widths are the font's: {wrong[:5]}")
check(kinds == {"/CIDFontType0", "/CIDFontType2"},
      f"the sample embeds TrueType and CFF outlines: {sorted(kinds)}")
finish("font_tables")
