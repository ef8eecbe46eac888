"""Font subsets kept between runs: the sample built with an empty cache, again with the cache
that run filled, and with no cache at all gives the same PDF byte for byte, and the run that
finds its subsets cached never loads HarfBuzz's subsetter (the dynamic loader's own log,
LD_DEBUG=files, lists every library it opens; the shaper, libharfbuzz, every run loads). A
damaged cached subset is not used."""
import glob
import os
import sys

from common import *


def build_with(cache, out):
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache, LD_DEBUG="files")
    r = run([BINARY, "build", SAMPLE, "-o", out], env=env)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
        sys.exit(f"FAIL: the sample did not build (exit {r.returncode})")
    return "libharfbuzz-subset" in r.stderr


work = scratch("briefing-font-cache-")
cache = os.path.join(work, "cache")
cold = os.path.join(work, "cold.pdf")
warm = os.path.join(work, "warm.pdf")
uncached = os.path.join(work, "uncached.pdf")
damaged = os.path.join(work, "damaged.pdf")

check(build_with(cache, cold), "a run with an empty cache subsets with HarfBuzz's subsetter")
subsets = glob.glob(os.path.join(cache, "subset-*.bin"))
embedded = len(run(["pdffonts", cold], check=True).stdout.splitlines()) - 2
check(embedded >= 4 and len(subsets) == embedded,
      f"one cached subset per embedded font: {len(subsets)} for {embedded}")
check(not build_with(cache, warm), "a run that finds its subsets cached does not load HarfBuzz's subsetter")
check(build_with("", uncached), "a run with no cache subsets with HarfBuzz's subsetter")
for name, path in (("cached", warm), ("uncached", uncached)):
    check(open(path, "rb").read() == open(cold, "rb").read(), f"the {name} PDF is the same bytes")

# A flipped byte in the middle of a subset: the run makes that subset again.
with open(subsets[0], "r+b") as f:
    data = bytearray(f.read())
    data[len(data) // 2] ^= 0x01
    f.seek(0)
    f.write(data)
check(build_with(cache, damaged), "a damaged cached subset is made again with HarfBuzz")
check(open(damaged, "rb").read() == open(cold, "rb").read(), "and the PDF is the same bytes")

finish("font_cache")
