#!/usr/bin/env bash
# Times the dense symmetric eigenproblem: numpy (Debian's python3-numpy over the same OpenBLAS) against
# TheoryCheck's native backend and, at a smaller n, the managed one; prints a table of ours/numpy.
# A short Stopwatch measurement: the BenchmarkDotNet classes in tools/TheoryCheck.Benchmarks/LinearAlgebra
# are the thorough version. Each OpenBLAS thread count runs numpy and .NET back to back, so both see
# the same machine load.
#   usage: tools/benchmarks/run-linalg.sh [--n 2000] [--repeats 5] [--threads "1 2"] [--managed-n 1000] [--no-build]
# Targets: eigvalsh and eigh of ours (default driver) within 1.5x numpy's at the same thread count.
set -euo pipefail

n=2000 repeats=5 threads="1 2" managed_n=1000 build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --n) n="$2"; shift 2 ;;
    --repeats) repeats="$2"; shift 2 ;;
    --threads) threads="$2"; shift 2 ;;
    --managed-n) managed_n="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
project="$root/tools/TheoryCheck.Benchmarks"
exe="$project/bin/Release/net10.0/TheoryCheck.Benchmarks"
out="$(mktemp)"
trap 'rm -f "$out"' EXIT

if [[ $build -eq 1 ]]; then
  dotnet build "$project" -c Release -v q -nologo >/dev/null
fi

python=/usr/bin/python3
have_numpy=1
if ! "$python" -c "import numpy" 2>/dev/null; then
  echo "WARNING: $python cannot import numpy (run tools/install-native-deps.sh); no reference column" >&2
  have_numpy=0
fi

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
first=1
for t in $threads; do
  if [[ $have_numpy -eq 1 ]]; then
    OPENBLAS_NUM_THREADS=$t "$python" "$root/tools/benchmarks/numpy_reference.py" --n "$n" --repeats "$repeats" | tee -a "$out"
  fi
  # The managed backend does not use OpenBLAS: time it once.
  m=0; [[ $first -eq 1 ]] && m=$managed_n
  OPENBLAS_NUM_THREADS=$t "$exe" --linalg-quick --n "$n" --repeats "$repeats" --managed-n "$m" | tee -a "$out"
  first=0
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo

awk -F'\t' -v n="$n" -v mn="$managed_n" -v threads="$threads" '
  $1 != "RESULT" { next }
  $3 ~ /^numpy/ && $5 == n   { numpy[$2 "|" $6] = $7; next }
  $3 ~ /^native/ && $5 == n  { ours[$2 "|" $4 "|" $6] = $7; next }
  $3 ~ /^native/ && $5 == mn { nsmall[$2] = $7; next }
  $3 ~ /^managed/            { msmall[$2] = $7; next }
  END {
    nd = split("Syevd Syevr Syev", drivers, " "); nt = split(threads, th, " ")
    printf "n = %d, median of the repeats, ms (ratio = ours / numpy at the same OpenBLAS thread count)\n", n
    printf "%-9s %-8s %10s", "op", "threads", "numpy"
    for (j = 1; j <= nd; j++) printf " %12s %6s", "ours " drivers[j], "ratio"
    printf "\n"
    split("eigvalsh eigh", ops, " ")
    for (i = 1; i <= 2; i++) for (k = 1; k <= nt; k++) {
      op = ops[i]; t = th[k]; ref = numpy[op "|" t]
      printf "%-9s %-8s %10s", op, t, ref == "" ? "-" : ref
      for (j = 1; j <= nd; j++) {
        v = ours[op "|" drivers[j] "|" t]
        printf " %12s %6s", v == "" ? "-" : v, (v == "" || ref == "") ? "-" : sprintf("%.2f", v / ref)
      }
      printf "\n"
    }
    for (op in msmall)
      printf "managed %s n = %d: %s ms; native %s ms (managed %.0fx slower)\n", op, mn, msmall[op], nsmall[op],
             (nsmall[op] > 0 ? msmall[op] / nsmall[op] : 0)
    printf "default driver is Syevd; target: ratio <= 1.50 for eigvalsh and eigh\n"
  }' "$out"
