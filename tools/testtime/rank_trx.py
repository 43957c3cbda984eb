#!/usr/bin/env python3
"""Where `dotnet test` spends its time: ranks the tests of one or more .trx files by duration and sums them per project.

    dotnet test TheoryCheck.sln -c Release --no-build --logger "trx;LogFileName=t.trx" --results-directory DIR
    python3 tools/testtime/rank_trx.py DIR [--top 20] [--compare OTHER_DIR]

Per project: the number of tests, the sum of test durations (CPU-ish work; on a shared machine compare these sums, run
in the same conditions, rather than walls) and the wall from the first test's start to the last test's end.
"""
import argparse
import glob
import os
import re
import xml.etree.ElementTree as ET
from datetime import datetime

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}


def seconds(duration):
    h, m, s = duration.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def stamp(text):
    # 2026-12-06T15:43:01.1234567+00:00 -> datetime (trim to microseconds for fromisoformat)
    text = re.sub(r"(\.\d{6})\d+", r"\1", text)
    return datetime.fromisoformat(text)


def load(directory):
    tests, projects = [], {}
    for path in sorted(glob.glob(os.path.join(directory, "**", "*.trx"), recursive=True)):
        root = ET.parse(path).getroot()
        storage = {}
        for d in root.iterfind(".//t:UnitTest", NS):
            tm = d.find("t:TestMethod", NS)
            storage[d.get("id")] = os.path.basename(tm.get("codeBase")).removesuffix(".dll")
        for r in root.iterfind(".//t:UnitTestResult", NS):
            project = storage.get(r.get("testId"), os.path.basename(path))
            d = seconds(r.get("duration", "0:0:0"))
            tests.append((d, project, r.get("testName"), r.get("outcome")))
            p = projects.setdefault(project, {"n": 0, "sum": 0.0, "start": None, "end": None})
            p["n"] += 1
            p["sum"] += d
            if r.get("startTime"):
                s, e = stamp(r.get("startTime")), stamp(r.get("endTime"))
                p["start"] = s if p["start"] is None else min(p["start"], s)
                p["end"] = e if p["end"] is None else max(p["end"], e)
    return tests, projects


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("directory")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--compare", help="a second results directory (e.g. after), printed side by side per project")
    a = ap.parse_args()
    tests, projects = load(a.directory)
    print(f"{len(tests)} tests, sum of durations {sum(t[0] for t in tests):.1f} s, "
          f"not passed: {sum(1 for t in tests if t[3] != 'Passed')}")
    print(f"\nTop {a.top} slowest tests (s):")
    for d, project, name, outcome in sorted(tests, reverse=True)[: a.top]:
        print(f"{d:8.2f}  {project.removeprefix('TheoryCheck.')}  {name[:150]}{'' if outcome == 'Passed' else '  ' + outcome}")
    other = load(a.compare)[1] if a.compare else {}
    print("\nPer project: tests, sum of durations (s), wall first start -> last end (s)" + (", then the same for --compare" if other else ""))
    for name, p in sorted(projects.items(), key=lambda kv: -kv[1]["sum"]):
        wall = (p["end"] - p["start"]).total_seconds() if p["start"] else float("nan")
        line = f"{name.removeprefix('TheoryCheck.'):32} {p['n']:5d} {p['sum']:9.1f} {wall:8.1f}"
        if name in other:
            o = other[name]
            ow = (o["end"] - o["start"]).total_seconds() if o["start"] else float("nan")
            line += f"   | {o['n']:5d} {o['sum']:9.1f} {ow:8.1f}"
        print(line)
    print(f"{'total':32} {len(tests):5d} {sum(p['sum'] for p in projects.values()):9.1f}" +
          (f"            | {sum(o['n'] for o in other.values()):5d} {sum(o['sum'] for o in other.values()):9.1f}" if other else ""))


if __name__ == "__main__":
    main()
