#!/usr/bin/env python3
"""Turns the reference workload (../shared/bench/workload.json, see WORKLOAD.md there) into a brief
folder in briefing's own format: OUT_DIR/brief.xml, plus the benchmark's layout (layout.xml) and
font manifest (fonts.xml) copied beside it, so the folder is self-contained.

Usage: make_brief.py WORKLOAD_JSON OUT_DIR [--scale N] [--logo PNG]

  --scale N   repeat every article section's blocks and the register's rows N times (10 and 100
              give the scale runs); the charts stay six. Above 1 the register IDs are renumbered
              (R-001 … R-1330) so that they stay unique.
  --logo PNG  copy the picture beside the brief as logo.png and put it in the running header
              (10pt tall, beside the title): the variant that times what a logo costs.

The document: cover (layout), contents (depth 1), sections 1–4 (one per article: heading,
`Source: FILE`, paragraphs and sub-headings), section 5 "Key figures" (the six charts with their
literal values, declared with the workload's source text as their reason (`<series reason>`),
which says where every value comes from and prints as the chart's note), section 6 the register
table (six columns, head row repeated on every page), section 7 "Notes on figures" (the notes of
the literals). briefing prints no figure a fact does not verify unless the brief declares it:
every figure of the articles' text is a `<literal reason="as written in FILE">`, one note per
figure and file however many times --scale repeats it (21 pages at 1×, 129 at 10×: one page more
than before the rule, the notes' list), so the benchmark measures a normal build, not a draft.
Python 3 standard library only; the same input gives the same bytes.
"""
import argparse
import json
import os
import re
import shutil
import sys
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
# workload chart type -> briefing <chart type>
CHART_TYPES = {"bar": "bar", "line": "line", "stacked_bar": "stacked", "donut": "donut"}
# Register columns, in mm (WORKLOAD.md (e)); briefing takes relative weights.
REGISTER_WIDTHS = "14,26,20,14,78,14"
CHART_HEIGHT = "102mm"


def attr(value):
    return escape(str(value), {'"': "&quot;"})


# A figure as the articles write it: digits (with thousands commas and a decimal part), then a
# share or a scale word. Digits glued to letters or an underscore (file names, codes, "14th") and
# years are not figures; briefing refuses any other figure not cited from a fact.
FIGURE = re.compile(r"(?<![\d.,])\d+(?:,\d{3})*(?:\.\d+)?(?:\s?%|\s(?:per ?cent|million|billion|trillion))?"
                    r"(?![\w])")
YEAR = re.compile(r"(19|20)\d\d")


def with_literals(text, reason):
    """`text` as brief XML, every figure in it declared a literal: the workload quotes the
    articles, whose figures no facts file of this brief verifies. The same figure with the same
    reason shares one note, so repeating the text (--scale) adds no notes."""
    out, at = [], 0
    for m in FIGURE.finditer(text):
        if YEAR.fullmatch(m.group()):
            continue
        out.append(escape(text[at:m.start()]))
        out.append(f'<literal reason="{attr(reason)}">{escape(m.group())}</literal>')
        at = m.end()
    out.append(escape(text[at:]))
    return "".join(out)


def iso_date(text):
    """'31 December 2025' -> '2025-12-31' (the brief's <date> is ISO; {date} writes it out)."""
    day, month, year = text.split()
    return f"{int(year):04d}-{MONTHS.index(month) + 1:02d}-{int(day):02d}"


def number(value):
    """A literal chart value as briefing reads it (from_chars): 172, 2.01, 480000."""
    if isinstance(value, int) or float(value).is_integer():
        return str(int(value))
    return repr(float(value))


def chart_xml(chart):
    kind = CHART_TYPES.get(chart["type"])
    if kind is None:
        sys.exit(f"make_brief: chart '{chart['id']}' has type '{chart['type']}', which has no "
                 f"briefing equivalent (known: {', '.join(sorted(CHART_TYPES))})")
    attrs = [f'type="{kind}"', f'title="{attr(chart["title"])}"']
    if chart.get("y_label"):
        attrs.append(f'value-title="{attr(chart["y_label"])}"')
    if chart.get("x_label"):
        attrs.append(f'category-title="{attr(chart["x_label"])}"')
    attrs.append(f'height="{CHART_HEIGHT}" keep-together="true"')
    lines = [f"    <chart {' '.join(attrs)}>"]
    for label in chart["categories"]:
        # A label cannot declare a literal: a count in it ("Past decade (434 prizes)", the sum
        # of the stack drawn above it) is left to the chart.
        label = re.sub(r"\s*\(\d[^)]*\)", "", label)
        lines.append(f'      <category label="{attr(label)}"/>')
    for series in chart["series"]:
        values = " ".join(number(v) for v in series["values"])
        # The workload's source text says which article each value comes from, and which two
        # values are reference values the articles do not state: the note under the chart says
        # the values are not verified, and why.
        lines.append(f'      <series label="{attr(series["name"])}" values="{values}" '
                     f'reason="{attr(chart["source"])}"/>')
    lines.append("    </chart>")
    return lines


def brief_xml(work, scale):
    meta = work["meta"]
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           "<!-- Generated by bench/make_brief.py from workload.json"
           + (f" at scale {scale}" if scale != 1 else "") + "; do not edit. -->",
           '<brief layout="layout.xml" lang="en">',
           f"  <title>{escape(meta['title'])}</title>",
           f"  <subtitle>{escape(meta['subtitle'])}</subtitle>",
           f"  <date>{iso_date(meta['date'])}</date>",
           f"  <classification>{escape(meta['classification'])}</classification>",
           f"  <author>{escape(meta['prepared_by'])}</author>",
           "",
           '  <contents title="Contents" depth="1"/>',
           ""]
    for section in work["sections"]:
        out.append(f'  <section title="{attr(section["title"])}">')
        out.append(f'    <p style="source-line">Source: {escape(section["source"])}</p>')
        quoted = f"as written in {section['source']}"
        for _ in range(scale):
            for block in section["blocks"]:
                if block["kind"] == "h":
                    out.append(f'    <p style="subhead">{with_literals(block["text"], quoted)}</p>')
                elif block["kind"] == "p":
                    out.append(f"    <p>{with_literals(block['text'], quoted)}</p>")
                else:
                    sys.exit(f"make_brief: unknown block kind '{block['kind']}'")
        out.append("  </section>")
        out.append("")

    out.append(f'  <section title="{attr(work["charts_section_title"])}">')
    for chart in work["charts"]:
        out += chart_xml(chart)
    out.append("  </section>")
    out.append("")

    columns = work["table_columns"]
    if len(columns) != 6:
        sys.exit(f"make_brief: the register has {len(columns)} columns, the layout expects 6")
    out.append(f'  <section title="{attr(work["table_section_title"])}">')
    out.append(f'    <table widths="{REGISTER_WIDTHS}">')
    out.append("      <head><row>" + "".join(f"<cell>{escape(c)}</cell>" for c in columns)
               + "</row></head>")
    rows = work["facts"]
    width = max(3, len(str(len(rows) * scale)))
    n = 0
    for _ in range(scale):
        for row in rows:
            n += 1
            rid = row["id"] if scale == 1 else f"R-{n:0{width}d}"
            quoted = f"as written in {row['source']}"
            cells = [escape(rid), with_literals(row["figure"], quoted), escape(row["unit"]),
                     escape(row["period"]), with_literals(row["context"], quoted),
                     escape(row["source"])]
            out.append("      <row>" + "".join(f"<cell>{c}</cell>" for c in cells) + "</row>")
    out.append("    </table>")
    out.append("  </section>")
    out.append("")
    # The notes of the literals: what each figure is and why it is printed unverified.
    out.append('  <section title="Notes on figures"><sources-list/></section>')
    out.append("</brief>")
    return "\n".join(out) + "\n"


def write(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(tmp, path)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("workload", help="workload.json (made by prepare.py)")
    ap.add_argument("out_dir", help="the brief folder to write (created if missing)")
    ap.add_argument("--scale", type=int, default=1,
                    help="repeat the section text and the register rows N times (default 1)")
    ap.add_argument("--logo", metavar="PNG",
                    help="copy this picture beside the brief and show it in the running header")
    args = ap.parse_args()
    if args.scale < 1:
        ap.error("--scale must be at least 1")
    with open(args.workload, encoding="utf-8") as f:
        work = json.load(f)
    os.makedirs(args.out_dir, exist_ok=True)
    # A facts.xml beside brief.xml would be read as the brief's facts file; this brief has none.
    if os.path.exists(os.path.join(args.out_dir, "facts.xml")):
        sys.exit(f"make_brief: {args.out_dir} holds a facts.xml; write into an empty folder")
    for name in ("layout.xml", "fonts.xml"):
        shutil.copyfile(os.path.join(HERE, name), os.path.join(args.out_dir, name))
    if args.logo:
        shutil.copyfile(args.logo, os.path.join(args.out_dir, "logo.png"))
        with open(os.path.join(HERE, "layout.xml"), encoding="utf-8") as f:
            layout = f.read()
        head = "    <left>{title}</left>\n  </header>"
        if head not in layout:
            sys.exit("make_brief: layout.xml's header is not the one --logo expects")
        write(os.path.join(args.out_dir, "layout.xml"), layout.replace(
            head, "    <left>{title}</left>\n"
            '    <image src="logo.png" alt="Logo of the office" height="10pt"/>\n  </header>'))
    write(os.path.join(args.out_dir, "brief.xml"), brief_xml(work, args.scale))
    return 0


if __name__ == "__main__":
    sys.exit(main())
