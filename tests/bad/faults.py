"""Output faults: an unwritable folder and a full disk are clear errors naming the path, and the
previous PDF stays as it was with no temporary file left beside it; kill -9 mid-build leaves
either the previous PDF or a complete new one.

The tests run as root, which ignores permission bits (chmod 555 would not stop a write), so the
unwritable folder is a read-only tmpfs mount, and the full disk a 200 kB tmpfs that is nearly
full. Mounting needs CAP_SYS_ADMIN: without it those two checks are skipped with a message.
Usage: faults.py BINARY SOURCE_DIR"""
import os
import subprocess
import sys
import tempfile

BINARY, SOURCE = sys.argv[1], sys.argv[2]
BRIEF = os.path.join(SOURCE, "tests", "bad", "base", "brief")
DATA = ["--data-dir", SOURCE]
PREVIOUS = b"%PDF-previous"
failures = []


def check(ok, what):
    print(("ok   " if ok else "FAIL ") + what)
    if not ok:
        failures.append(what)


def build(out):
    return subprocess.run([BINARY, *DATA, "build", BRIEF, "-o", out], capture_output=True,
                          text=True)


def expect_refused(name, folder, out, message):
    r = build(out)
    check(r.returncode == 1, f"{name}: exit 1 (got {r.returncode})")
    check(folder in r.stderr and message in r.stderr,
          f"{name}: the error names {folder} and says {message!r}: {r.stderr.strip()[:300]!r}")
    if os.path.exists(out):
        with open(out, "rb") as fh:
            check(fh.read() == PREVIOUS, f"{name}: the previous PDF is intact")
    left = [f for f in os.listdir(folder) if f not in (os.path.basename(out), "filler")]
    check(left == [], f"{name}: no temporary file left ({left})")


def mount_tmpfs(folder, options):
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", folder],
                       capture_output=True, text=True)
    if r.returncode != 0:
        print(f"SKIP tmpfs checks: mount is not permitted here ({r.stderr.strip()})")
    return r.returncode == 0


root = tempfile.mkdtemp(prefix="briefing-faults-")

# A file where the output folder should be.
blocker = os.path.join(root, "blocker")
with open(blocker, "wb") as fh:
    fh.write(PREVIOUS)
r = build(os.path.join(blocker, "out.pdf"))
check(r.returncode == 1 and blocker in r.stderr and "output folder" in r.stderr,
      f"a file as the output folder: exit 1 naming it: {r.stderr.strip()[:300]!r}")
check(open(blocker, "rb").read() == PREVIOUS, "a file as the output folder: that file is intact")

# /proc refuses new files even to root.
r = build("/proc/briefing-fault.pdf")
check(r.returncode == 1 and "/proc" in r.stderr,
      f"/proc as the output folder: exit 1 naming it: {r.stderr.strip()[:300]!r}")

# A read-only folder holding the previous PDF.
readonly = os.path.join(root, "readonly")
os.mkdir(readonly)
if mount_tmpfs(readonly, "size=1m"):
    try:
        with open(os.path.join(readonly, "out.pdf"), "wb") as fh:
            fh.write(PREVIOUS)
        subprocess.run(["mount", "-o", "remount,ro", readonly], check=True)
        expect_refused("read-only folder", readonly, os.path.join(readonly, "out.pdf"),
                       "Read-only file system")
    finally:
        subprocess.run(["umount", readonly])

# A full disk: a 200 kB tmpfs with the previous PDF and a filler leaving 8 kB free, too little
# for the new PDF (about 25 kB).
full = os.path.join(root, "full")
os.mkdir(full)
if mount_tmpfs(full, "size=200k"):
    try:
        with open(os.path.join(full, "out.pdf"), "wb") as fh:
            fh.write(PREVIOUS)
        stat = os.statvfs(full)
        free = stat.f_bavail * stat.f_frsize
        with open(os.path.join(full, "filler"), "wb") as fh:
            fh.write(b"\0" * max(0, free - 8192))
        expect_refused("full disk", full, os.path.join(full, "out.pdf"), "No space left on device")
    finally:
        subprocess.run(["umount", full])

# kill -9 at several moments of a build of about 450 pages: the output is always either the
# previous PDF or a complete new one, never a partial file.
big = os.path.join(root, "big")
subprocess.run(["cp", "-r", BRIEF, big], check=True)
with open(os.path.join(big, "brief.xml"), "w", encoding="utf-8") as fh:
    fh.write('<brief layout="annual"><title>Big</title><section title="Body">' +
             "".join(f"<p>Paragraph {i} of a long brief.</p>" for i in range(20000)) +
             "</section></brief>")
killed = os.path.join(root, "killed")
os.mkdir(killed)
out = os.path.join(killed, "out.pdf")
for delay in (0.05, 0.2, 0.5, 1.0, 1.5, 2.0, 3.0):
    with open(out, "wb") as fh:
        fh.write(PREVIOUS)
    process = subprocess.Popen([BINARY, *DATA, "build", big, "-o", out],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    with open(out, "rb") as fh:
        content = fh.read()
    complete = content == PREVIOUS or subprocess.run(["qpdf", "--check", out],
                                                      capture_output=True).returncode == 0
    check(complete, f"kill -9 after {delay} s: the output is the previous PDF or a complete one")
    for stray in os.listdir(killed):
        if stray != "out.pdf":
            print(f"note: kill -9 after {delay} s left {stray} (a killed process cannot clean up)")
            os.remove(os.path.join(killed, stray))

subprocess.run(["rm", "-rf", root])
if failures:
    sys.exit(f"FAIL faults: {len(failures)} check(s) failed")
print("faults: all checks pass")
