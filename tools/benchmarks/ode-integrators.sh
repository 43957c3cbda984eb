#!/usr/bin/env bash
# `simulate` ODE integrators side by side: process CPU time and the error of the last row against Dormand–Prince at
# rtol 1e-13, for one nn2pp-style workload (erf, K = M = 2, eta = 0.5, sigma = 0.01, alpha to STEPS), interleaved,
# median of N. Usage: tools/benchmarks/ode-integrators.sh [path/to/TheoryCheck.Cli.dll] [STEPS] [N]
set -euo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
dll=${1:-$here/src/TheoryCheck.Cli/bin/Release/net10.0/TheoryCheck.Cli.dll}; steps=${2:-200}; n=${3:-3}
common=(simulate --g 1 -K 2 -M 2 --lr 0.5 --sigma 0.01 --steps "$steps" --every "$steps" --seed 1)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
dotnet "$dll" "${common[@]}" --integrator adaptive --tol 1e-13 > "$tmp/ref.csv"
runs=("euler 0.01" "euler 0.001" "rk4 0.01" "rk4 0.1" "adaptive 0.01")
declare -A cpu
for ((i = 0; i < n; i++)); do
  for r in "${runs[@]}"; do
    set -- $r
    /usr/bin/time -o "$tmp/t" -f "%U %S" dotnet "$dll" "${common[@]}" --integrator "$1" --dt "$2" > "$tmp/$1-$2.csv"
    cpu[$r]+="$(awk '{print $1 + $2}' "$tmp/t")"$'\n'
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); alpha = $steps; median process CPU of $n (start-up included)"
for r in "${runs[@]}"; do
  set -- $r
  err=$(paste -d, <(tail -1 "$tmp/ref.csv") <(tail -1 "$tmp/$1-$2.csv") | awk -F, '{h = NF / 2; m = 0; for (k = 2; k <= h; k++) { d = $k - $(k + h); if (d < 0) d = -d; if (d > m) m = d }; printf "%.2e", m}')
  med=$(printf '%s' "${cpu[$r]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-9s dt %-6s CPU %6s s   max |error| of eps_g and order parameters %s\n' "$1" "$2" "$med" "$err"
done
