"""The bad-input corpus: every folder under cases/ is one input the program must refuse (or accept)
with a given exit code and a given message at a given file:line:col.

A case folder holds a file `case` and, optionally, files copied over a fresh copy of the base
(base/brief/ as ROOT/brief, the repository's layouts/ and fonts/ as ROOT/data/...). `case` lines:

  # comment                        why the case exists
  base: minimal | sample | none    what ROOT/brief starts as (default minimal; none: no folder)
  args: validate ...               the command line after --data-dir ROOT/data (default: build
                                   ROOT/brief -o ROOT/out/out.pdf); {root} is replaced by ROOT;
                                   {null} by a null device: ROOT/null made with mknod when the
                                   runner may (root), else /dev/null, which a program run without
                                   root cannot replace (a regressed build run as root would
                                   otherwise replace the system's /dev/null)
  exit: 1                          expected exit code
  error: REGEX                     a line of stderr matches (ROOT written as ROOT); repeatable
  warning: REGEX                   the same, for warnings
  absent: REGEX                    no line of stderr matches
  replace: PATH | OLD | NEW        edit a copied file (OLD must occur; \\n in NEW is a newline)
  generate: NAME ARG               write a big input with one of GENERATORS below (a brief.xml,
                                   or files named from ROOT)
  pdftext: REGEX                   the built PDF's text (pdftotext) matches
  symlink: PATH -> TARGET          make PATH (under ROOT) a symbolic link (replacing a file there)
  hardlink: PATH -> TARGET         make PATH (under ROOT) another name of the file TARGET (under ROOT)
  fifo: PATH                       make PATH a named pipe with no writer (replacing a file there)
  folder: PATH                     make PATH an empty folder (replacing a file there)
  env: NAME=VALUE                  set an environment variable for the run (VALUE may be empty;
                                   {root} is replaced by ROOT)
  unchanged: PATH                  PATH has the same bytes after the run as before (an input that
                                   a refused output named)
  bytes: PATH | HEX                write raw bytes (for binary and invalid UTF-8 input)
  truncate: PATH | SOURCE | N      write the first N bytes of SOURCE (a truncated font, a copy)
  patch: PATH | SOURCE | AT | HEX  write a copy of SOURCE with HEX over the bytes from AT: a byte
                                   offset, or TAG+N, N bytes into the font table TAG (damaged
                                   fonts); HEX may end in *K, repeating its bytes K times
  woff: PATH | SOURCE              write the TrueType font SOURCE as a WOFF 1.0 file (which
                                   FreeType opens, and the PDF cannot embed)
  within: SECONDS                  hang guard (default 20; a plain build gets at most 20, a
                                   sanitizer build three times the value: big inputs allow more)

Every failing build must leave the previous output as it was and no temporary file behind.

Every run is bounded: on a plain build, 2 GiB of address space (`ulimit -v`) and at most 20 s
(`within:` may only shorten it); a run killed by a signal or out of memory is reported as such.
Sanitizer builds (--sanitized, passed by tests/CMakeLists.txt) reserve terabytes of address space,
so they run with ASAN_OPTIONS=hard_rss_limit_mb=2048:detect_leaks=1 instead and three times the
`within:` time, and each case with an empty cache folder of its own (the cold paths: loading the
hyphenation patterns, subsetting fonts; a plain build keeps the caller's BRIEFING_CACHE_DIR). Any
sanitizer report on stderr (AddressSanitizer, LeakSanitizer, UBSan's "runtime error:",
ThreadSanitizer) fails the case whatever the exit code.

Usage: run.py BINARY SOURCE_DIR [--sanitized] [CASE...]
       run.py --self-test SOURCE_DIR      checks the runner itself fails what it must"""
import concurrent.futures
import os
import re
import resource
import signal
import shutil
import stat
import subprocess
import sys
import tempfile
import struct
import time
import zlib

SOURCE = sys.argv[2] if len(sys.argv) > 2 else "."
HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
SAMPLE = os.path.join(SOURCE, "briefs", "vietnam-china-2025")
PREVIOUS = b"%PDF-previous"


def brief_with(body, head=""):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<brief layout="annual" lang="en">\n'
            f"  <title>Generated</title>\n{head}  <section title=\"Body\">\n{body}  </section>\n"
            "</brief>\n")


def huge_word(n):
    return brief_with(f"    <p>Start {'x' * int(n)} end.</p>\n")


def table_rows(n):
    rows = "".join(f"      <row><cell>Row {i}</cell><cell align=\"right\">N{i}</cell></row>\n"
                   for i in range(int(n)))
    return brief_with(f"    <table widths=\"2,1\">\n      <head><row><cell>Name</cell><cell>N</cell>"
                      f"</row></head>\n{rows}    </table>\n")


def paragraphs(n):
    return brief_with("".join(f"    <p>Paragraph {i} of the generated brief.</p>\n"
                              for i in range(int(n))))


def nested_em(n):
    n = int(n)
    return brief_with(f"    <p>{'<em>' * n}deep{'</em>' * n}</p>\n")


def big_xml(megabytes):
    comment = "<!-- " + "padding " * (int(megabytes) * 1024 * 128) + "-->\n"
    return brief_with("    <p>Small.</p>\n", comment)


def page_breaks(n):
    return brief_with("    <p>Page.</p><pagebreak/>\n" * int(n))


def words(n):
    return " ".join(f"word{i}" for i in range(int(n)))


def long_quote(n):
    return brief_with(f"    <quote attribution=\"Someone\"><p>{words(n)}</p></quote>\n"
                      "    <p>After the quote.</p>\n")


def kept_quote(n):
    return brief_with(f"    <quote keep-together=\"true\"><p>{words(n)}</p></quote>\n")


def tall_row(n):
    return brief_with("    <table widths=\"1,1\">\n      <head><row><cell>Name</cell><cell>Text</cell>"
                      f"</row></head>\n      <row><cell>{words(n)}</cell><cell>B</cell></row>\n"
                      "      <row><cell>last row</cell><cell>C</cell></row>\n    </table>\n")


def kept_tall_row(n):
    return brief_with(f"    <table keep-together=\"true\">\n      <row><cell>{words(n)}</cell></row>\n"
                      "    </table>\n")


def tall_head(n):
    return brief_with(f"    <table>\n      <head><row><cell>{words(n)}</cell></row></head>\n"
                      "      <row><cell>A</cell></row>\n    </table>\n")


def key_figures(n):
    figures = "".join(f"<figure value=\"K{i}\">Figure {i}</figure>" for i in range(int(n)))
    return brief_with(f"    <keyfigures>{figures}</keyfigures>\n")


def tall_key_figure(n):
    return brief_with(f"    <keyfigures><figure value=\"A\">{words(n)}</figure></keyfigures>\n")


def kept_paragraph(n):
    return brief_with(f"    <p keep-together=\"true\">{words(n)}</p>\n")


def kept_list(n):
    items = "".join(f"<item>Item {i}</item>" for i in range(int(n)))
    return brief_with(f"    <list keep-together=\"true\">{items}</list>\n")


def kept_table(n):
    rows = "".join(f"<row><cell>Row {i}</cell></row>" for i in range(int(n)))
    return brief_with(f"    <table keep-together=\"true\">{rows}</table>\n")


def long_section_title(n):
    return brief_with("    <p>Body.</p>\n", f"  <section title=\"{words(n)}\"><p>x</p></section>\n")


def wide_table(n):
    cells = "".join(f"<cell>K{i}</cell>" for i in range(int(n)))
    return brief_with(f"    <table><row>{cells}</row></table>\n")


def word_bytes(n):
    """About n bytes of words."""
    return ("Word " * (int(n) // 5 + 1)).strip()


def long_title(n):
    return brief_with("    <p>Body.</p>\n").replace("Generated", word_bytes(n))


def long_heading(n):
    return brief_with("    <p>Body.</p>\n").replace('title="Body"', f'title="{word_bytes(n)}"')


def long_link(n):
    return brief_with(f'    <p>See <link href="https://example.org/{"a" * int(n)}">this</link>.</p>\n')


def link_words(n):
    """One link of n words: a link area per word."""
    return brief_with(f'    <p><link href="https://example.org/">{"a " * int(n)}</link></p>\n')


def long_running_title(n):
    """A title of n bytes in the running header of a few hundred pages."""
    body = "".join(f"    <p>Page {i}.</p><pagebreak/>\n" for i in range(300))
    return brief_with(body).replace("Generated", word_bytes(n))


def missing_quotes(n):
    """A 1 MB article of random 20-word sentences and n facts whose quotes it does not hold."""
    import random
    rng = random.Random(1)
    vocabulary = [f"w{i}" for i in range(5000)]
    sentences, size = [], 0
    while size < 1_000_000:
        sentence = " ".join(rng.choice(vocabulary) for _ in range(20)).capitalize()
        sentences.append(sentence + " rose 5 percent.")
        size += len(sentences[-1]) + 1
    facts = "".join(f'  <fact id="f{i}" label="L{i}" kind="percent" value="5" article="a" quote="'
                    + " ".join(rng.choice(vocabulary) for _ in range(25)) + ' rose 5 percent"/>\n'
                    for i in range(int(n)))
    return {"brief/articles/a.txt": "Headline\n\n" + " ".join(sentences) + "\n",
            "brief/facts.xml": f'<?xml version="1.0" encoding="UTF-8"?>\n<facts>\n{facts}</facts>\n'}


GENERATORS = {f.__name__: f for f in (huge_word, table_rows, paragraphs, nested_em, big_xml,
                                      page_breaks, long_quote, kept_quote, tall_row, kept_tall_row,
                                      tall_head, key_figures, tall_key_figure, kept_paragraph,
                                      kept_list, kept_table, long_section_title, wide_table,
                                      long_title, long_heading, long_link, link_words,
                                      long_running_title, missing_quotes)}


def unescape(text):
    """\\n and \\uXXXX in a replacement: newlines and code points that are hard to type."""
    text = text.replace("\\n", "\n")
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text)


def read_case(folder):
    spec = {"base": "minimal", "exit": None, "error": [], "warning": [], "absent": [],
            "replace": [], "truncate": [], "patch": [], "woff": [], "generate": None, "pdftext": [],
            "symlink": [], "hardlink": [], "bytes": [], "fifo": [], "folder": [], "env": [],
            "unchanged": [], "args": None, "within": 20.0}
    with open(os.path.join(folder, "case"), encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            key, _, value = line.partition(":")
            key, value = key.strip(), value.strip()
            if key in ("error", "warning", "absent", "pdftext", "symlink", "hardlink", "bytes",
                       "replace", "truncate", "patch", "woff", "fifo", "folder", "env",
                       "unchanged"):
                spec[key].append(value)
            elif key == "exit":
                spec["exit"] = int(value)
            elif key == "within":
                spec["within"] = float(value)
            elif key in ("base", "generate", "args"):
                spec[key] = value
            else:
                raise ValueError(f"{folder}/case: unknown key {key!r}")
    if spec["exit"] is None:
        raise ValueError(f"{folder}/case: no 'exit:' line")
    return spec


def prepare(folder, spec, root):
    brief = os.path.join(root, "brief")
    if spec["base"] == "minimal":
        shutil.copytree(os.path.join(HERE, "base", "brief"), brief)
    elif spec["base"] == "sample":
        shutil.copytree(SAMPLE, brief)
    data = os.path.join(root, "data")
    shutil.copytree(os.path.join(SOURCE, "layouts"), os.path.join(data, "layouts"))
    shutil.copytree(os.path.join(SOURCE, "fonts"), os.path.join(data, "fonts"))
    os.makedirs(os.path.join(root, "out"))
    for entry in os.listdir(folder):
        if entry != "case":
            source = os.path.join(folder, entry)
            shutil.copytree(source, os.path.join(root, entry), dirs_exist_ok=True)
    if spec["generate"]:
        name, _, arg = spec["generate"].partition(" ")
        files = GENERATORS[name](arg)
        if isinstance(files, str):
            files = {"brief/brief.xml": files}
        for path, text in files.items():
            with open(os.path.join(root, path), "w", encoding="utf-8") as fh:
                fh.write(text)
    for item in spec["replace"]:
        path, old, new = (part.strip() for part in item.split("|"))
        full = os.path.join(root, path)
        with open(full, encoding="utf-8") as fh:
            text = fh.read()
        old = unescape(old)
        if old not in text:
            raise ValueError(f"replace: {old!r} is not in {path}")
        with open(full, "w", encoding="utf-8") as fh:
            fh.write(text.replace(old, unescape(new), 1))
    for item in spec["bytes"]:
        path, data_hex = (part.strip() for part in item.split("|"))
        os.makedirs(os.path.dirname(os.path.join(root, path)), exist_ok=True)
        with open(os.path.join(root, path), "wb") as fh:
            fh.write(bytes.fromhex(data_hex))
    for item in spec["truncate"]:
        path, source, size = (part.strip() for part in item.split("|"))
        source = source.replace("{root}", root)
        with open(source, "rb") as src, open(os.path.join(root, path), "wb") as fh:
            fh.write(src.read(int(size)))
    for item in spec["patch"]:
        path, source, at, data_hex = (part.strip() for part in item.split("|"))
        with open(source.replace("{root}", root), "rb") as src:
            data = bytearray(src.read())
        hex_part, _, times = data_hex.partition("*")
        new = bytes.fromhex(hex_part) * int(times or 1)
        start = table_offset(data, at)
        data[start:start + len(new)] = new
        with open(os.path.join(root, path), "wb") as fh:
            fh.write(data)
    for item in spec["woff"]:
        path, source = (part.strip() for part in item.split("|"))
        with open(source, "rb") as src, open(os.path.join(root, path), "wb") as fh:
            fh.write(woff(src.read()))
    for path in spec["folder"]:
        os.mkdir(replaceable(os.path.join(root, path)))
    for path in spec["fifo"]:
        os.mkfifo(replaceable(os.path.join(root, path)))
    for item in spec["hardlink"]:
        path, target = (part.strip() for part in item.split("->"))
        os.link(os.path.join(root, target), replaceable(os.path.join(root, path)))
    for item in spec["symlink"]:
        path, target = (part.strip() for part in item.split("->"))
        os.symlink(target.replace("{root}", root), replaceable(os.path.join(root, path)))

def replaceable(path):
    """PATH with whatever file was there removed, for a case that puts another kind of object."""
    if os.path.lexists(path) and not os.path.isdir(path):
        os.remove(path)
    return path


def null_device(root):
    path = os.path.join(root, "null")
    try:
        os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return path
    except PermissionError:
        return "/dev/null"


def snapshot(root, paths):
    """The bytes of each file an `unchanged:` line names, read before the run."""
    result = {}
    for path in paths:
        with open(os.path.join(root, path), "rb") as fh:
            result[path] = fh.read()
    return result


def table_offset(font, at):
    """A byte offset in an sfnt font: a number, or TAG+N from its table directory."""
    tag, plus, n = at.partition("+")
    if not plus:
        return int(at)
    for i in range(int.from_bytes(font[4:6], "big")):
        record = font[12 + 16 * i:28 + 16 * i]
        if record[:4] == tag.encode("ascii").ljust(4):
            return int.from_bytes(record[8:12], "big") + int(n)
    raise ValueError(f"patch: the font has no table {tag!r}")


def woff(font):
    """An sfnt font as WOFF 1.0: the same tables, each zlib-compressed."""
    count = int.from_bytes(font[4:6], "big")
    directory, data = b"", b""
    offset = 44 + 20 * count
    for i in range(count):
        tag, checksum, start, length = struct.unpack(">4sIII", font[12 + 16 * i:28 + 16 * i])
        table = font[start:start + length]
        packed = zlib.compress(table)
        if len(packed) >= length:
            packed = table
        directory += struct.pack(">4sIIII", tag, offset + len(data), len(packed), length, checksum)
        data += packed + b"\0" * (-len(packed) % 4)
    sfnt_size = 12 + 16 * count + sum((struct.unpack(">I", font[24 + 16 * i:28 + 16 * i])[0] + 3)
                                      // 4 * 4 for i in range(count))
    header = struct.pack(">4s4sIHHIHHIIIII", b"wOFF", font[:4], offset + len(data), count, 0,
                         sfnt_size, 1, 0, 0, 0, 0, 0, 0)
    return header + directory + data


# The first line of each sanitizer's report; the report's first lines are shown.
SANITIZER_REPORT = re.compile(r"ERROR: (AddressSanitizer|LeakSanitizer)|: runtime error: |"
                              r"WARNING: ThreadSanitizer|ERROR: ThreadSanitizer")
ADDRESS_SPACE = 2 << 30
SECONDS = 20.0


class Target:
    """The binary under test and how it is bounded (see the module's docstring)."""

    def __init__(self, binary, cases=CASES, sanitized=False):
        self.binary, self.cases, self.sanitized = binary, cases, sanitized

    def seconds(self, within):
        return within * 3 if self.sanitized else min(within, SECONDS)

    def run(self, root, args, seconds, env=None):
        env, limit = dict(env or os.environ), None
        if self.sanitized:
            # After the caller's own options, so that these two hold.
            env["ASAN_OPTIONS"] = ":".join(filter(None, (env.get("ASAN_OPTIONS"),
                                                          "hard_rss_limit_mb=2048:detect_leaks=1")))
            env["BRIEFING_CACHE_DIR"] = os.path.join(root, "cache")
        else:
            def limit():
                resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_SPACE, ADDRESS_SPACE))
        return subprocess.run([self.binary, *args], capture_output=True, timeout=seconds, env=env,
                              preexec_fn=limit)


def sanitizer_report(lines):
    for i, line in enumerate(lines):
        if SANITIZER_REPORT.search(line):
            return lines[i:i + 20]
    return []


def how_it_ended(result, stderr):
    """Why a run ended so, where the exit code alone does not say."""
    if result.returncode < 0:
        name = signal.Signals(-result.returncode).name
        return f" (killed by {name}: a crash, or memory refused under the limit)"
    if "bad_alloc" in stderr or "out of memory" in stderr:
        return " (out of memory: over the 2 GiB address-space limit or the sanitizer's RSS limit)"
    return ""


def run_case(name, target):
    folder = os.path.join(target.cases, name)
    problems = []
    try:
        spec = read_case(folder)
    except (OSError, ValueError) as e:
        return name, [str(e)], 0.0
    root = tempfile.mkdtemp(prefix=f"briefing-bad-{name}-")
    try:
        prepare(folder, spec, root)
        out = os.path.join(root, "out", "out.pdf")
        with open(out, "wb") as fh:
            fh.write(PREVIOUS)
        args = (spec["args"] or "build {root}/brief -o {root}/out/out.pdf").replace("{root}", root)
        if "{null}" in args:
            args = args.replace("{null}", null_device(root))
        before = snapshot(root, spec["unchanged"])
        env = dict(os.environ)
        for item in spec["env"]:
            variable, _, value = item.partition("=")
            env[variable.strip()] = value.strip().replace("{root}", root)
        start = time.monotonic()
        seconds = target.seconds(spec["within"])
        try:
            r = target.run(root, ["--data-dir", os.path.join(root, "data"), *args.split()], seconds,
                           env)
        except subprocess.TimeoutExpired:
            return name, [f"no answer within {seconds:g} s"], time.monotonic() - start
        elapsed = time.monotonic() - start
        stderr = r.stderr.decode("utf-8", "replace").replace(root, "ROOT")
        lines = stderr.splitlines()
        report = sanitizer_report(lines)
        if report:
            problems.append("a sanitizer report:\n    " + "\n    ".join(report))
        if r.returncode != spec["exit"]:
            problems.append(f"exit {r.returncode}, expected {spec['exit']}"
                            + how_it_ended(r, stderr))
        for kind in ("error", "warning"):
            for pattern in spec[kind]:
                if not any(re.search(pattern, l) and f": {kind}: " in l for l in lines):
                    problems.append(f"no {kind} line matches {pattern!r}")
        for pattern in spec["absent"]:
            if any(re.search(pattern, l) for l in lines):
                problems.append(f"a line matches {pattern!r}, which must not appear")
        if r.returncode != 0 and "build" in args.split()[:1]:
            with open(out, "rb") as fh:
                if fh.read() != PREVIOUS:
                    problems.append("the previous output was changed")
        if snapshot(root, spec["unchanged"]) != before:
            problems.append(f"an input was changed: {', '.join(spec['unchanged'])}")
        if sorted(os.listdir(os.path.join(root, "out"))) != ["out.pdf"]:
            problems.append(f"files left in the output folder: {os.listdir(os.path.join(root, 'out'))}")
        if spec["pdftext"]:
            text = subprocess.run(["pdftotext", "-enc", "UTF-8", out, "-"], capture_output=True,
                                  text=True).stdout
            for pattern in spec["pdftext"]:
                if not re.search(pattern, text):
                    problems.append(f"PDF text does not match {pattern!r}")
        if problems:
            problems.append("stderr was:\n    " + "\n    ".join(lines[:12]))
        return name, problems, elapsed
    except (OSError, ValueError) as e:
        return name, [f"cannot prepare the case: {e}"], 0.0
    finally:
        shutil.rmtree(root, ignore_errors=True)


# --self-test: a stand-in for the program, told by `args:` what to do, and what the runner must
# make of each case it runs with it (None: the case passes).
FAKE = """import mmap, os, resource, sys, time
mode = sys.argv[3]
print(f"{sys.argv[2]}/brief.xml:1:1: error: fake {mode}", file=sys.stderr)
reports = {"asan": "==42==ERROR: AddressSanitizer: heap-use-after-free on address 0x6020",
           "lsan": "==42==ERROR: LeakSanitizer: detected memory leaks",
           "ubsan": "src/chart/ticks.cpp:40:12: runtime error: negation of -2147483648",
           "tsan": "WARNING: ThreadSanitizer: data race (pid=42)"}
if mode in reports:
    print(reports[mode], file=sys.stderr)
elif mode == "memory":
    try:
        mmap.mmap(-1, 3 << 30)  # reserved, never touched
    except OSError:
        os.abort()
elif mode == "slow":
    time.sleep(1.5)
elif mode == "options":
    rss = os.environ.get("ASAN_OPTIONS", "").endswith("hard_rss_limit_mb=2048:detect_leaks=1")
    own = os.path.join(os.path.dirname(sys.argv[2]), "cache")
    cache = os.environ.get("BRIEFING_CACHE_DIR") == own
    limit = resource.getrlimit(resource.RLIMIT_AS)[0]
    print(f"x:1:1: error: rss {rss}, own cache {cache}, address space {limit}", file=sys.stderr)
sys.exit(1)
"""
SELF_TESTS = [
    ("clean", "args: clean\nexit: 1\nerror: fake clean", False, None),
    ("asan", "args: asan\nexit: 1\nerror: fake", False, "sanitizer report"),
    ("lsan", "args: lsan\nexit: 1\nerror: fake", False, "sanitizer report"),
    ("ubsan", "args: ubsan\nexit: 1\nerror: fake", True, "sanitizer report"),
    ("tsan", "args: tsan\nexit: 1\nerror: fake", True, "sanitizer report"),
    ("memory", "args: memory\nexit: 1\nerror: fake", False, "killed by SIGABRT"),
    ("slow", "args: slow\nexit: 1\nwithin: 1", False, "no answer within 1 s"),
    ("slow-sanitized", "args: slow\nexit: 1\nwithin: 1", True, None),
    ("limits", "args: options\nexit: 1\nerror: rss False, own cache False, address space "
     f"{ADDRESS_SPACE}$", False, None),
    ("limits-sanitized", "args: options\nexit: 1\nerror: rss True, own cache True, address space "
     "-1$", True, None),
]


def self_test():
    """Runs SELF_TESTS; 0 when the runner judged each as it must."""
    wrong = 0
    with tempfile.TemporaryDirectory(prefix="briefing-bad-self-test-") as scratch:
        fake = os.path.join(scratch, "fake")
        with open(fake, "w", encoding="utf-8") as fh:
            fh.write(f"#!{sys.executable}\n{FAKE}")
        os.chmod(fake, 0o755)
        for name, case, sanitized, expected in SELF_TESTS:
            os.makedirs(os.path.join(scratch, name))
            with open(os.path.join(scratch, name, "case"), "w", encoding="utf-8") as fh:
                fh.write(f"base: none\n{case}\n")
            _, problems, _ = run_case(name, Target(fake, scratch, sanitized))
            found = "\n".join(problems)
            if (expected is None) != (not problems) or (expected and expected not in found):
                wrong += 1
                print(f"FAIL {name}: expected {expected or 'a pass'}, got: {found or 'a pass'}")
            else:
                print(f"ok   {name}: {expected or 'passes'}")
    return 1 if wrong else 0


def main():
    if sys.argv[1:2] == ["--self-test"]:
        sys.exit(self_test())
    sanitized = "--sanitized" in sys.argv[3:]
    target = Target(sys.argv[1], sanitized=sanitized)
    names = [a for a in sys.argv[3:] if a != "--sanitized"] or sorted(os.listdir(CASES))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        for name, problems, elapsed in pool.map(lambda n: run_case(n, target), names):
            if problems:
                failed += 1
                print(f"FAIL {name} ({elapsed:.1f} s): " + "\n  ".join(problems))
            else:
                print(f"ok   {name} ({elapsed:.1f} s)")
    print(f"{len(names) - failed} of {len(names)} bad-input cases pass")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
