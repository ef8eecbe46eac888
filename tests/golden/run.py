"""Golden tests of the page model: every folder here holds a small brief (brief.xml and, when it
cites facts, facts.xml); it is built over a copy of tests/bad/base/brief (its articles) with
`briefing build --dump pages`, and the dump must equal NAME.expected byte for byte. A mismatch
prints a unified diff of the expected and the actual dump. Each brief is built twice: the two
dumps must be identical (no timing, pointer or hash order may reach the page model). A file
NAME/args holds more options for the build on one line: `--draft` for a brief whose figures are
typed rather than cited (tables of numbers set to test the layout), which a build refuses
otherwise.

After a change meant to move the layout, read the diff, then write the new dumps with
  GOLDEN_UPDATE=1 python3 tests/golden/run.py build/briefing . [CASE...]
and commit the .expected files with the change (docs/golden.md).

Usage: run.py BINARY SOURCE_DIR [CASE...]"""
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = os.path.join(HERE, "..", "bad", "base", "brief")


def cases(names):
    found = sorted(entry for entry in os.listdir(HERE)
                   if os.path.isfile(os.path.join(HERE, entry, "brief.xml")))
    unknown = set(names) - set(found)
    if unknown:
        sys.exit(f"run.py: no golden case {', '.join(sorted(unknown))}")
    return [name for name in found if not names or name in names]


def dump(binary, source, brief):
    """The dump of one build, or None after printing why the build failed."""
    args_file = os.path.join(brief, "args")
    args = open(args_file).read().split() if os.path.exists(args_file) else []
    result = subprocess.run([binary, "--data-dir", source, "build", brief, "--dump", "pages",
                             *args], capture_output=True, timeout=60)
    if result.returncode != 0:
        print(result.stderr.decode("utf-8", "replace"), end="")
        print(f"  the build exited {result.returncode}")
        return None
    return result.stdout


def diff(expected, actual, name):
    lines = difflib.unified_diff(expected.decode().splitlines(keepends=True),
                                 actual.decode().splitlines(keepends=True),
                                 f"{name}.expected", f"{name} (this build)")
    return "".join(lines)


def run_case(binary, source, name, scratch, update):
    brief = os.path.join(scratch, name)
    shutil.copytree(BASE, brief)
    os.remove(os.path.join(brief, "brief.xml"))
    shutil.copytree(os.path.join(HERE, name), brief, dirs_exist_ok=True)
    first = dump(binary, source, brief)
    if first is None:
        return False
    if dump(binary, source, brief) != first:
        print("  two builds gave different dumps")
        return False
    expected_path = os.path.join(HERE, name + ".expected")
    if update:
        with open(expected_path, "wb") as out:
            out.write(first)
        return True
    if not os.path.exists(expected_path):
        print(f"  no {name}.expected: write it with GOLDEN_UPDATE=1")
        return False
    with open(expected_path, "rb") as f:
        expected = f.read()
    if expected == first:
        return True
    print(diff(expected, first, name), end="")
    return False


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    binary, source = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    update = os.environ.get("GOLDEN_UPDATE") == "1"
    failed = []
    with tempfile.TemporaryDirectory(prefix="briefing-golden-") as scratch:
        for name in cases(sys.argv[3:]):
            ok = run_case(binary, source, name, scratch, update)
            print(("updated " if update else "ok ") + name if ok else f"FAIL {name}")
            if not ok:
                failed.append(name)
    if failed:
        sys.exit(f"{len(failed)} golden case(s) failed: {', '.join(failed)}")


if __name__ == "__main__":
    main()
