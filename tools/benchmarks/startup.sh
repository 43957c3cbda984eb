#!/usr/bin/env bash
# Start-up side by side: `--version` and a one-claim run of two builds of the CLI, interleaved, median of N wall times
# (and the peak resident memory of the one-claim run). Only ratios measured in the same run are meaningful on a
# shared machine; the load average is printed with them.
#   tools/benchmarks/startup.sh BEFORE/TheoryCheck.Cli.dll AFTER/TheoryCheck.Cli.dll [claim-id] [N]
set -euo pipefail
before=$1; after=$2; claim=${3:-montanari-urbani.h.relu-closed-form}; n=${4:-5}
here=$(cd "$(dirname "$0")/../.." && pwd)
wall() { # prints "seconds peak-KiB" of one run
  local t0 t1 rss
  t0=$(date +%s.%N)
  local out; out=$(mktemp)
  /usr/bin/time -o "$out" -f "%M" "$@" >/dev/null 2>&1 || true
  rss=$(tail -1 "$out"); rm -f "$out"
  t1=$(date +%s.%N)
  echo "$(echo "$t1 - $t0" | bc -l) ${rss:-?}"
}
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
declare -A samples
for ((i = 0; i < n; i++)); do
  for which in before after; do
    dll=${!which}
    samples[$which.version]+="$(wall dotnet "$dll" --version | cut -d' ' -f1)"$'\n'
    read -r s m < <(cd "$here" && CI=true wall dotnet "$dll" run --specs "$here/theory-specs" --filter "$claim" --no-progress --golden off)
    samples[$which.run]+="$s"$'\n'; samples[$which.rss]+="$m"$'\n'
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)  (median of $n, interleaved)"
for what in version run rss; do
  b=$(printf '%s' "${samples[before.$what]}" | median); a=$(printf '%s' "${samples[after.$what]}" | median)
  printf '%-8s before %10s  after %10s  ratio after/before %.2f\n' "$what" "$b" "$a" "$(echo "$a / $b" | bc -l)"
done
