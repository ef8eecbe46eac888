"""Pictures in the sample: pdfimages lists the raster pictures and only those (the SVG logo on the
cover is vector), the header's PNG logo is one object shown on every page but the cover, with its
transparency as a soft mask, and the map is the JPEG file's own bytes under DCTDecode. qpdf and
MuPDF read the file without complaint. The SVG's drawing is kept in the cache folder: a build
that finds it there never loads librsvg, and gives the same PDF; a brief without an SVG never
loads it at all."""
import filecmp
import os
import shutil
import subprocess

from common import *

LOGO = ("256", "256")
MAP = ("1200", "750")



work = scratch("briefing-images-")
cache = os.path.join(work, "cache")
cold, warm = os.path.join(work, "cold.pdf"), os.path.join(work, "warm.pdf")
cold_log = build_logged(cache, cold)
check("librsvg" in cold_log, "a build with an empty cache draws the cover's SVG with librsvg")
warm_log = build_logged(cache, warm)
check("librsvg" not in warm_log, "a build that finds the drawing kept never loads librsvg")
check(filecmp.cmp(cold, warm, shallow=False), "the kept drawing gives the same PDF")

pdf = cold
pages = page_count(pdf)
rows = [line.split() for line in run(["pdfimages", "-list", pdf], check=True).stdout.splitlines()[2:]]
# page num type width height color comp bpc enc interp object ID ...
check(all(row[0] != "1" for row in rows), "the cover shows no raster: its logo is the SVG, vector")
logos = [row for row in rows if row[2] == "image" and tuple(row[3:5]) == LOGO]
masks = [row for row in rows if row[2] == "smask"]
maps = [row for row in rows if row[2] == "image" and tuple(row[3:5]) == MAP]
check(len(logos) == pages - 1, f"the logo on every page but the cover ({len(logos)} of {pages - 1})")
check(len({row[10] for row in logos}) == 1, "the logo is stored once, however many pages show it")
check(len(masks) == len(logos) and all(tuple(row[3:5]) == LOGO for row in masks),
      "the logo's transparency is a soft mask")
check(len(maps) == 1 and maps[0][8] == "jpeg", f"the map is one JPEG image: {maps}")
check(len(rows) == len(logos) + len(masks) + len(maps), f"no other raster: {rows}")

if maps:
    data = os.path.join(work, "map.jpg")
    with open(data, "wb") as fh:
        fh.write(subprocess.run(["qpdf", f"--show-object={maps[0][10]}", "--raw-stream-data", pdf],
                                capture_output=True, check=True).stdout)
    original = os.path.join(SAMPLE, "images", "border-map.jpg")
    check(filecmp.cmp(data, original, shallow=False), "the map is the JPEG file as it is")

q = run(["qpdf", "--check", pdf])
check("No syntax or stream encoding errors found" in q.stdout, f"qpdf --check: {q.stdout[-300:]}")
mutool = run(["mutool", "draw", "-o", os.path.join(work, "page-%d.png"), "-r", "20", pdf])
complaints = [line for line in mutool.stderr.splitlines()
              if line.startswith(("error", "warning")) and "ICC support" not in line]
check(mutool.returncode == 0 and not complaints, f"mutool draws every page: {complaints}")

# A brief without an SVG never opens librsvg, even with no cache.
plain = os.path.join(work, "plain")
shutil.copytree(SAMPLE, plain)
layouts = os.path.join(work, "data", "layouts")
shutil.copytree(os.path.join(SOURCE, "layouts"), layouts)
shutil.copytree(os.path.join(SOURCE, "fonts"), os.path.join(work, "data", "fonts"))
annual = os.path.join(layouts, "annual.xml")
with open(annual, encoding="utf-8") as fh:
    text = fh.read()
with open(annual, "w", encoding="utf-8") as fh:
    fh.write(text.replace("images/office-logo.svg", "images/office-logo.png"))
env = dict(os.environ, BRIEFING_CACHE_DIR="", LD_DEBUG="files")
r = run([BINARY, "--data-dir", os.path.join(work, "data"), "build", plain, "-o",
         os.path.join(work, "plain.pdf")], env=env)
check(r.returncode == 0, f"the sample with a PNG cover logo builds: {r.stderr[-300:]}")
check("librsvg" not in r.stderr, "a brief without an SVG never loads librsvg")
finish("images")
