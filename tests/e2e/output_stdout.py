"""`build -o -` writes the PDF to standard output: the same bytes as the file `-o FILE` writes,
nothing else on stdout (the path is not printed), and no file named "-" left behind."""
import os
import subprocess

from common import *

pdf = build_sample()
folder = scratch("briefing-e2e-stdout-")
r = subprocess.run([BINARY, "build", SAMPLE, "-o", "-"], capture_output=True, cwd=folder)
check(r.returncode == 0, f"build -o - exits 0, got {r.returncode}: {r.stderr[-300:]!r}")
with open(pdf, "rb") as fh:
    check(r.stdout == fh.read(), "stdout holds exactly the bytes of the PDF -o FILE writes")
check(os.listdir(folder) == [], f"no file written in the working folder: {os.listdir(folder)}")
check(b"pages" in r.stderr, "the summary still goes to stderr")
finish("output_stdout")
