"""`briefing check` passes on the sample; a quote with one digit changed, a fact pointed at the
wrong article or a reference to an unknown fact make `check`, `validate` and `build` exit 1 with
the error at its file:line:col, and no PDF is written."""
import shutil

from common import *

FACTS = os.path.join(SAMPLE, "facts.xml")

r = run([BINARY, "check", SAMPLE])
check(r.returncode == 0, f"check of the sample exits 0, got {r.returncode}: {r.stderr[-600:]}")
check(" error:" not in r.stderr, f"check of the sample reports no error: {r.stderr[-600:]}")
check(re.search(r"briefing: .*: (\d+) facts .* 0 errors", r.stderr) is not None,
      f"check prints a one-line summary: {r.stderr[-300:]!r}")

r = run([BINARY, "check", "--list", SAMPLE])
rows = [line.split("\t") for line in r.stdout.splitlines()]
check(rows and rows[0][:2] == ["id", "printed"], f"check --list prints a TSV header: {rows[:1]}")
listed = {row[0]: row[1] for row in rows[1:]}
facts_text = open(FACTS, encoding="utf-8").read()
defined = re.findall(r'<(?:fact|derived)\s+id="([^"]+)"', facts_text)
for series, points in re.findall(r'<series\s+id="([^"]+)".*?>(.*?)</series>', facts_text, re.S):
    defined += [f"{series}@{p}" for p in re.findall(r'<point\s+period="([^"]+)"', points)]
check(sorted(listed) == sorted(defined),
      f"every fact and series point of the sample is verified: {sorted(set(defined) ^ set(listed))}")
check(listed.get("trade-jan-nov") == "over USD 250 billion",
      f"trade prints as 'over USD 250 billion': {listed.get('trade-jan-nov')!r}")


def location(text, at):
    """line and col (in bytes, as diagnostics count) of text[at]."""
    line_start = text.rfind("\n", 0, at) + 1
    return text.count("\n", 0, at) + 1, len(text[line_start:at].encode("utf-8")) + 1


def fact_location(text, fact_id):
    return location(text, text.index(f'<fact id="{fact_id}"'))


def brief_copy(file, mutate):
    root = scratch("briefing-facts-")
    brief = os.path.join(root, "brief")
    shutil.copytree(SAMPLE, brief)
    path = os.path.join(brief, file)
    text = open(path, encoding="utf-8").read()
    changed = mutate(text)
    assert changed != text, "the mutation changed nothing"
    open(path, "w", encoding="utf-8").write(changed)
    return root, brief, changed


def expect_refused(name, file, mutate, where, message):
    """check, validate and build all exit 1 with `message` at file:where; build writes no PDF."""
    root, brief, text = brief_copy(file, mutate)
    line, col = where(text)
    located = re.compile(rf"^\S*{re.escape(file)}:{line}:{col}: error: {message}", re.M)
    out = os.path.join(root, "out.pdf")
    for command in (["check", brief], ["validate", brief], ["build", brief, "-o", out]):
        r = run([BINARY, *command])
        check(r.returncode == 1, f"{name}: {command[0]} exits 1, got {r.returncode}")
        check(located.search(r.stderr) is not None,
              f"{name}: {command[0]} reports {file}:{line}:{col}: {message!r}; got {r.stderr[-500:]!r}")
    check(not os.path.exists(out), f"{name}: build wrote no PDF")
    check(sorted(os.listdir(root)) == ["brief"], f"{name}: no temporary file left: {os.listdir(root)}")


QUOTE = "trade between the two countries surpassed USD 250 billion in the first 11 months"
check(QUOTE in facts_text, "the sample's trade fact quotes the ambassador's sentence")
expect_refused("one digit of a quote changed", "facts.xml",
               lambda t: t.replace(QUOTE, QUOTE.replace("250", "260"), 1),
               lambda t: fact_location(t, "trade-jan-nov"),
               r"fact 'trade-jan-nov': the quote is not in article 'he-wei'")
expect_refused("a fact pointed at the wrong article", "facts.xml",
               lambda t: re.sub(r'(<fact id="trade-jan-nov"[^>]*?article=")he-wei"', r'\1vna-liu"', t, 1),
               lambda t: fact_location(t, "trade-jan-nov"),
               r"fact 'trade-jan-nov': the quote is not in article 'vna-liu'")
expect_refused("a value the quote does not state", "facts.xml",
               lambda t: t.replace('value="138000"', 'value="139000"', 1),
               lambda t: fact_location(t, "hsk-takers"),
               r"fact 'hsk-takers': the quote states ")


def first_ref(text, fact_id):
    return location(text, text.index(f'<fact ref="{fact_id}"'))


expect_refused("a reference to an unknown fact", "brief.xml",
               lambda t: t.replace('<fact ref="agreements"', '<fact ref="agreemnts"', 1),
               lambda t: first_ref(t, "agreemnts"),
               r"unknown fact 'agreemnts' \(did you mean 'agreements'\?\)")
finish("facts_check")
