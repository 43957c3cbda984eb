#!/usr/bin/env bash
# Issue 16, "fresh seeds": runs the quick tier under master seeds 1..N (default 10) and tabulates, per claim, how many
# seeds reproduce it. Not a timed test: about N quick-tier runs (~1-2 min each on 2 cores).
# Usage: tools/seeds/sweep.sh [N] [OUT]   (OUT default: artifacts/seed-sweep; needs python3 for the table)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-10}
out=${2:-artifacts/seed-sweep}
mkdir -p "$out"
dotnet build src/TheoryCheck.Cli -c Release -v q -nologo >/dev/null
cli=src/TheoryCheck.Cli/bin/Release/net10.0/TheoryCheck.Cli.dll
for seed in $(seq 1 "$n"); do
  [ -s "$out/seed-$seed.json" ] && continue   # resumable: a finished seed is not run again
  echo "seed $seed of $n: $(uptime | sed 's/.*load average/load average/')" >&2
  # --golden off: goldens are for the default seed only; exit 1 (claims not reproduced) is data here, not an error.
  dotnet "$cli" run --seed "$seed" --golden off --format json --no-progress > "$out/seed-$seed.json.tmp" || [ $? -eq 1 ]
  mv "$out/seed-$seed.json.tmp" "$out/seed-$seed.json"
done
python3 tools/seeds/tabulate.py "$out"/seed-*.json | tee "$out/summary.txt"
