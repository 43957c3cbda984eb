#!/usr/bin/env python3
"""Tabulates seed-sweep results (results.json of runs at different master seeds): the share of claim x seed runs that are
as expected, and every claim that is not as expected at some seed, with the seeds and the check that decided."""
import json, sys, collections

runs = [json.load(open(f, encoding="utf-8")) for f in sys.argv[1:]]
expected = {"reproduced", "known failure"}
fails = collections.defaultdict(list)
total = ok = 0
for run in runs:
    seed = run["masterSeed"]
    for spec in run["specs"]:
        total += 1
        if spec["status"] in expected:
            ok += 1
        else:
            failing = [c for c in spec["checks"] if c["verdict"] != "pass"]
            why = failing[0]["kind"] + ": " + failing[0]["reason"][:140] if failing else spec["summary"]
            fails[spec["id"]].append((seed, spec["status"], why))
claims = {s["id"] for r in runs for s in r["specs"]}
print(f"{len(runs)} master seeds x {len(claims)} claims: {ok} of {total} runs as expected ({100.0 * ok / max(total, 1):.1f}%)")
print(f"claims failing at more than 1 seed: {sum(1 for v in fails.values() if len(v) > 1)}; at exactly 1: {sum(1 for v in fails.values() if len(v) == 1)}")
for cid, items in sorted(fails.items(), key=lambda kv: (-len(kv[1]), kv[0])):
    print(f"{cid}: {len(items)} of {len(runs)} seeds ({', '.join(str(s) for s, _, _ in items)})")
    for seed, status, why in items:
        print(f"    seed {seed}: {status}: {why}")
