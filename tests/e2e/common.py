"""Shared helpers for the end-to-end tests: build PDFs with the real binary, read them back with
independent tools (poppler-utils, qpdf)."""
import atexit
import os
import re
import shutil
import subprocess
import sys
import tempfile

BINARY = sys.argv[1]
SOURCE = sys.argv[2]
SAMPLE = os.path.join(SOURCE, "briefs", "vietnam-china-2025")
failures = []


def scratch(prefix):
    """A temporary folder, removed when the test ends (pass or fail)."""
    path = tempfile.mkdtemp(prefix=prefix)
    atexit.register(shutil.rmtree, path, True)
    return path


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def build(brief=SAMPLE, out=None):
    """Builds a brief; returns (exit code, stdout, stderr, pdf path)."""
    if out is None:
        out = os.path.join(scratch("briefing-e2e-"), "out.pdf")
    r = run([BINARY, "build", brief, "-o", out])
    return r.returncode, r.stdout, r.stderr, out


def build_logged(cache, out, brief=SAMPLE):
    """Builds with the cache folder `cache` and the dynamic loader's log of the libraries it
    opens (LD_DEBUG=files); returns that log (standard error). Exits on a failed build."""
    env = dict(os.environ, BRIEFING_CACHE_DIR=cache, LD_DEBUG="files")
    r = run([BINARY, "build", brief, "-o", out], env=env)
    if r.returncode != 0:
        print(r.stderr, file=sys.stderr)
        sys.exit(f"FAIL: {brief} did not build (exit {r.returncode})")
    return r.stderr


def build_sample():
    code, _, err, pdf = build()
    if code != 0:
        print(err, file=sys.stderr)
        sys.exit(f"FAIL: the sample did not build (exit {code})")
    return pdf


def pdftotext(pdf, *args):
    return run(["pdftotext", "-enc", "UTF-8", *args, pdf, "-"], check=True).stdout


def page_count(pdf):
    info = run(["pdfinfo", pdf], check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


def page_texts(pdf):
    return [pdftotext(pdf, "-f", str(i), "-l", str(i)) for i in range(1, page_count(pdf) + 1)]


def check(cond, message):
    if not cond:
        failures.append(message)
        print("FAIL:", message)


def finish(name):
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print(f"{name}: ok")
