"""Font subsets and shaped words kept between runs: the sample built with an empty cache, again
with the cache that run filled, and with no cache at all gives the same PDF byte for byte, and
the run that finds its subsets and words cached never loads HarfBuzz, neither its subsetter nor
its shaper (the dynamic loader's own log, LD_DEBUG=files, lists every library it opens). A
damaged cached subset is not used."""
import glob
import os

from common import *



def subsets_made(log):
    return "libharfbuzz-subset" in log


def shaped(log):
    return "libharfbuzz.so" in log


work = scratch("briefing-font-cache-")
cache = os.path.join(work, "cache")
cold = os.path.join(work, "cold.pdf")
warm = os.path.join(work, "warm.pdf")
uncached = os.path.join(work, "uncached.pdf")
damaged = os.path.join(work, "damaged.pdf")

cold_log = build_logged(cache, cold)
check(subsets_made(cold_log), "a run with an empty cache subsets with HarfBuzz's subsetter")
check(shaped(cold_log), "a run with an empty cache shapes its words with HarfBuzz")
check(glob.glob(os.path.join(cache, "shapes-*.bin")), "the words it shaped are kept")
subsets = glob.glob(os.path.join(cache, "subset-*.bin"))
embedded = len(run(["pdffonts", cold], check=True).stdout.splitlines()) - 2
check(embedded >= 4 and len(subsets) == embedded,
      f"one cached subset per embedded font: {len(subsets)} for {embedded}")
warm_log = build_logged(cache, warm)
check(not subsets_made(warm_log),
      "a run that finds its subsets cached does not load HarfBuzz's subsetter")
check(not shaped(warm_log), "a run that finds its words kept does not load HarfBuzz at all")
check(subsets_made(build_logged("", uncached)),
      "a run with no cache subsets with HarfBuzz's subsetter")
for name, path in (("cached", warm), ("uncached", uncached)):
    check(open(path, "rb").read() == open(cold, "rb").read(), f"the {name} PDF is the same bytes")

# A flipped byte in the middle of a subset: the run makes that subset again.
with open(subsets[0], "r+b") as f:
    data = bytearray(f.read())
    data[len(data) // 2] ^= 0x01
    f.seek(0)
    f.write(data)
check(subsets_made(build_logged(cache, damaged)),
      "a damaged cached subset is made again with HarfBuzz")
check(open(damaged, "rb").read() == open(cold, "rb").read(), "and the PDF is the same bytes")

# A flipped byte in every 97th byte of the largest file of kept words: the words it spoils are
# shaped again, and the PDF does not change.
words = max(glob.glob(os.path.join(cache, "shapes-*.bin")), key=os.path.getsize)
with open(words, "r+b") as f:
    data = bytearray(f.read())
    for at in range(200, len(data), 97):
        data[at] ^= 0x10
    f.seek(0)
    f.write(data)
spoilt = os.path.join(work, "spoilt.pdf")
check(shaped(build_logged(cache, spoilt)), "spoilt kept words are shaped again with HarfBuzz")
check(open(spoilt, "rb").read() == open(cold, "rb").read(), "and the PDF is the same bytes")

finish("font_cache")
