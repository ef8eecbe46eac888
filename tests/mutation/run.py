#!/usr/bin/env python3
"""Mutation test of the fact check: applies meaning-level tamperings to a copy of the sample brief
and shows each refused, and correct variants each accepted with no warning.

Usage: run.py BRIEFING SOURCE_ROOT [CASES.json ...] [--min-refused N] [--min-accepted N]

Cases are JSON lists in tests/mutation/cases/*.json (all of them when none is named). A case:
  {"name": "...", "category": "period", "expect": "refused" | "accepted",
   "edits": [{"file": "facts.xml", "find": "...", "replace": "..."},
             {"file": "articles/x.txt", "write": "whole new text"}],
   "command": "check" | "build",      (default "check"; build writes into the copy)
   "args": ["--draft"],               (optional, after the brief folder)
   "pin": true,                       (optional: `briefing pin` the copy after the edits, as a
                                       curator does once an edited article is reviewed)
   "error": "regex"}                  (optional: an error line must match it, case-insensitive)
Edits apply in order to a fresh copy of briefs/vietnam-china-2025; `find` must occur exactly once.
Refused: exit code 1 and an `error:` line. Accepted: exit code 0 and no `warning:` line.
The copies live in the binary's build folder and are removed at the end. Exit 1 on any failure,
or when fewer cases than --min-refused / --min-accepted ran (the issue's floor: 40 and 10)."""
import argparse
import concurrent.futures
import glob
import json
import os
import re
import shutil
import subprocess
import sys


def load_cases(paths):
    cases = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for case in json.load(f):
                case["source"] = os.path.basename(path)
                cases.append(case)
    names = [c["name"] for c in cases]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        sys.exit(f"duplicate case names: {', '.join(duplicates)}")
    return cases


def apply_edits(folder, edits):
    """Applies the edits; returns a problem with the case itself, or None."""
    for edit in edits:
        path = os.path.join(folder, edit["file"])
        if "write" in edit:
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as f:
                f.write(edit["write"])
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        count = text.count(edit["find"])
        if count != 1:
            return f"{edit['file']}: 'find' occurs {count} times: {edit['find']!r}"
        with open(path, "w", encoding="utf-8") as f:
            f.write(text.replace(edit["find"], edit["replace"]))
    return None


def judge(case, result):
    """None when the outcome is the one the case expects, else why not."""
    lines = (result.stdout + result.stderr).splitlines()
    errors = [l for l in lines if "error:" in l]
    warnings = [l for l in lines if "warning:" in l]
    if case["expect"] == "refused":
        if result.returncode != 1 or not errors:
            return f"let through (exit {result.returncode}, {len(errors)} errors)"
        wanted = case.get("error")
        if wanted and not any(re.search(wanted, l, re.IGNORECASE) for l in errors):
            return f"refused, but no error matches /{wanted}/: {errors[0]}"
        return None
    if result.returncode != 0:
        return f"refused (exit {result.returncode}): {errors[0] if errors else lines[-1:]}"
    if warnings:
        return f"accepted with a warning: {warnings[0]}"
    return None


def run_case(binary, sample, scratch, case):
    folder = os.path.join(scratch, re.sub(r"[^A-Za-z0-9_.-]", "_", case["name"]))
    shutil.copytree(sample, folder)
    try:
        problem = apply_edits(folder, case.get("edits", []))
        if problem:
            return f"bad case: {problem}"
        env = dict(os.environ, BRIEFING_CACHE_DIR=os.path.join(scratch, "cache"))
        if case.get("pin"):
            pinned = subprocess.run([binary, "pin", folder], capture_output=True, text=True,
                                    env=env, timeout=120)
            if pinned.returncode != 0:
                return f"bad case: pin failed: {pinned.stderr.strip()}"
        command = case.get("command", "check")
        args = [binary, command, folder, *case.get("args", [])]
        if command == "build":
            args += ["-o", os.path.join(folder, "out.pdf")]
        result = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120)
        return judge(case, result)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("source")
    parser.add_argument("cases", nargs="*")
    parser.add_argument("--min-refused", type=int, default=0)
    parser.add_argument("--min-accepted", type=int, default=0)
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    sample = os.path.join(options.source, "briefs", "vietnam-china-2025")
    paths = options.cases or sorted(
        glob.glob(os.path.join(options.source, "tests", "mutation", "cases", "*.json")))
    cases = load_cases(paths)
    # The unchanged copy must pass, or every "refused" would prove nothing.
    baseline = {"name": "unchanged-sample", "category": "baseline", "expect": "accepted",
                "command": "build"}
    scratch = os.path.join(os.path.dirname(binary), "mutation-scratch")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            outcomes = list(pool.map(lambda c: run_case(binary, sample, scratch, c),
                                     [baseline, *cases]))
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    failed = 0
    for case, problem in zip([baseline, *cases], outcomes):
        status = "ok  " if problem is None else "FAIL"
        failed += problem is not None
        detail = "" if problem is None else f": {problem}"
        print(f"{status} {case['category']:<12} {case['expect']:<8} {case['name']}{detail}")
    refused = sum(1 for c in cases if c["expect"] == "refused")
    accepted = sum(1 for c in cases if c["expect"] == "accepted")
    categories = sorted({c["category"] for c in cases})
    print(f"{len(cases)} cases ({refused} refused, {accepted} accepted) in "
          f"{len(categories)} categories: {', '.join(categories)}; {failed} failed")
    short = refused < options.min_refused or accepted < options.min_accepted
    if short:
        print(f"FAIL: at least {options.min_refused} refused and {options.min_accepted} "
              "accepted cases are required")
    return 1 if failed or short else 0


if __name__ == "__main__":
    sys.exit(main())
