#!/usr/bin/env bash
# `simulate` against the authors' nn2pp (Goldt et al. 2019, github.com/sgoldt/nn2pp), side by side on one machine.
#
#   tools/benchmarks/nn2pp-side-by-side.sh NN2PP_SOURCE_DIR [path/to/TheoryCheck.Cli.dll]
#
# Builds nn2pp.cpp (online SGD) and scmpp_ode.cpp (the order-parameter ODE, explicit Euler) from the folder given,
# with g++ -O3 -march=native and Armadillo, then runs the reference and ours interleaved (A B A B ..., a fresh process
# each time) and prints, per workload, the median process CPU time (user + sys, start-up included) of each, the
# speed-up nn2pp/ours (> 1: ours is faster) and the load average at the start and the end of the workload.
# It also checks that both compute the same thing:
#   - ODE: both start from the same initial order parameters (nn2pp reads them with --prefix) and take the same
#     number of Euler steps of the same dt; our last row must equal nn2pp's to the digits nn2pp prints (6
#     significant: |ours - printed| <= half a unit of the last printed digit). Our RK4 row is timed on the same
#     horizon and its largest deviation from nn2pp's Euler row is printed (that is Euler's O(dt) error, not a check).
#   - SGD: the final eps_g over SEEDS seeds each must be statistically compatible, |mean difference| <= 4 combined
#     standard errors (the two programs draw different random numbers, so only the distribution can agree).
# Missing g++, Armadillo or source folder: one line saying what is missing, "skipped", exit 0. A failed check: exit 1.
# Only ratios measured in the same run mean anything on a shared machine; the load average is printed with them.
#
# Settings (environment): SGD_N ("100 500 784 4000"), SGD_STEPS (50000 SGD steps at every N, i.e. alpha = SGD_STEPS/N),
# SEEDS (8; the SGD rounds, each timed, median over them; 5 seeds give Welch s.e. with too few degrees of freedom),
# REPEATS (3; ODE rounds), ODE_ALPHA (200), ODE_DT (0.01),
# NN2PP_BUILD (a folder to build into and reuse; default: a temporary one).
set -uo pipefail
here=$(cd "$(dirname "$0")/../.." && pwd)
src=${1:-}
dll=${2:-$here/src/TheoryCheck.Cli/bin/Release/net10.0/TheoryCheck.Cli.dll}
skip() { echo "nn2pp side by side skipped: $*"; exit 0; }
[[ -n $src ]] || skip "no nn2pp source folder given (usage: $0 NN2PP_SOURCE_DIR [TheoryCheck.Cli.dll])"
[[ -f $src/nn2pp.cpp && -f $src/scmpp_ode.cpp && -f $src/libnn2pp.h ]] ||
  skip "no nn2pp sources (nn2pp.cpp, scmpp_ode.cpp, libnn2pp.h) in '$src'"
command -v g++ > /dev/null || skip "g++ not found"
echo '#include <armadillo>' | g++ -std=c++11 -fsyntax-only -x c++ - 2> /dev/null ||
  skip "Armadillo headers not found (Debian/Ubuntu: apt-get install libarmadillo-dev)"
[[ -f $dll ]] || { echo "error: $dll not found; build it first: dotnet build -c Release src/TheoryCheck.Cli" >&2; exit 4; }
command -v dotnet > /dev/null || { echo "error: dotnet not found" >&2; exit 4; }

sgd_n=${SGD_N:-100 500 784 4000}; sgd_steps=${SGD_STEPS:-50000}; seeds=${SEEDS:-8}; repeats=${REPEATS:-3}
ode_alpha=${ODE_ALPHA:-200}; ode_dt=${ODE_DT:-0.01}
(( seeds >= 5 )) || { echo "error: SEEDS must be at least 5 (the standard errors of the eps_g check come from them)" >&2; exit 4; }
export OPENBLAS_NUM_THREADS=1   # nn2pp's Armadillo may call OpenBLAS; one thread, as ours (no BLAS in simulate)
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
bin=${NN2PP_BUILD:-$work/bin}; mkdir -p "$bin"

# --- build (skipped when NN2PP_BUILD already holds binaries newer than the sources) ---
for prog in nn2pp scmpp_ode; do
  if [[ ! -x $bin/$prog.exe || $src/$prog.cpp -nt $bin/$prog.exe || $src/libnn2pp.h -nt $bin/$prog.exe ]]; then
    g++ -std=c++11 -O3 -march=native -w -o "$bin/$prog.exe" "$src/$prog.cpp" -larmadillo > "$work/$prog.build" 2>&1 &
  fi
done
wait
for prog in nn2pp scmpp_ode; do
  [[ -x $bin/$prog.exe ]] || skip "building $prog.cpp failed: $(head -3 "$work/$prog.build" 2> /dev/null | tr '\n' ' ')"
done

load() { cut -d' ' -f1 /proc/loadavg; }
# cpu OUT CMD...: runs CMD in $work/run (nn2pp writes its log files into the current folder) with stdout to OUT;
# prints the process CPU time (children's user + sys, from bash `times` in a fresh subshell). Exit 1 if CMD fails.
mkdir -p "$work/run"
cpu() {
  local out=$1; shift
  local t
  t=$( (cd "$work/run" && "$@" > "$out" 2> "$out.err") || exit 1; times) ||
    { echo "error: '$*' failed: $(head -3 "$out.err")" >&2; exit 1; }
  # `times` prints the shell's own user/sys, then its children's: "1m2.345s 0m0.012s"
  echo "$t" | tail -1 | awk '{ s = 0; for (f = 1; f <= 2; f++) { split($f, p, "m"); sub("s", "", p[2]); s += p[1] * 60 + p[2] }; printf "%.3f", s }'
}
median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{a[NR] = $1} END {print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2)}'; }
last_row() { grep -v '^#' "$1" | grep -v '^alpha' | tail -1 | tr -d ' '; }
failed=0
ours() { dotnet "$dll" simulate "$@"; }

echo "nn2pp side by side: $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "process CPU (user + sys, start-up included), median; speed-up = nn2pp CPU / ours (> 1: ours faster)"
echo
printf '| workload | nn2pp CPU | ours CPU | speed-up | load start → end | same result? |\n|---|---|---|---|---|---|\n'

# --- SGD: erf SCM, K = 4, M = 2, eta = 0.5, sigma = 0.01, weights N(0, 1) (nn2pp --init 1 = ours --init large) ---
for n in $sgd_n; do
  l0=$(load); a=""; b=""; ea=""; eb=""
  sgd_alpha=$(awk -v s="$sgd_steps" -v n="$n" 'BEGIN {printf "%.17g", s / n}')
  for ((s = 1; s <= seeds; s++)); do
    a+=" $(cpu "$work/a.out" "$bin/nn2pp.exe" --g1 1 --g2 1 --N "$n" --M 2 --K 4 --lr 0.5 --sigma 0.01 \
      --init 1 --steps "$sgd_alpha" --seed "$s")" || exit 1
    ea+=" $(last_row "$work/a.out" | cut -d, -f2)"
    # about 200 records, as nn2pp writes, each a whole number of steps: R records with R dividing alpha * N
    every=$(awk -v a="$sgd_alpha" -v s="$sgd_steps" 'BEGIN { for (r = 200; r > 1 && s % r != 0; r--); printf "%.17g", a / r }')
    b+=" $(cpu "$work/b.out" ours --mode sgd --g erf -N "$n" -M 2 -K 4 --lr 0.5 --sigma 0.01 --init large \
      --steps "$sgd_alpha" --every "$every" --seed "$s")" || exit 1
    eb+=" $(last_row "$work/b.out" | cut -d, -f2)"
    awk -v x="$(last_row "$work/b.out" | cut -d, -f1)" -v a="$sgd_alpha" 'BEGIN {exit !(x - a < 1e-9 && a - x < 1e-9)}' ||
      { echo "error: our SGD run ended at alpha = $(last_row "$work/b.out" | cut -d, -f1), not $sgd_alpha" >&2; exit 1; }
  done
  l1=$(load); ta=$(echo "$a" | median); tb=$(echo "$b" | median)
  check=$(awk -v x="$ea" -v y="$eb" 'BEGIN {
    na = split(x, p, " "); nb = split(y, q, " ")
    for (i = 1; i <= na; i++) { ma += p[i] / na }; for (i = 1; i <= nb; i++) { mb += q[i] / nb }
    for (i = 1; i <= na; i++) { va += (p[i] - ma)^2 / (na - 1) }; for (i = 1; i <= nb; i++) { vb += (q[i] - mb)^2 / (nb - 1) }
    se = sqrt(va / na + vb / nb); z = (se > 0 ? (mb - ma) / se : 0); if (z < 0) z = -z
    printf "%s eps_g %.4g vs %.4g, difference %.2f s.e. (%d seeds each)", (z <= 4 ? "yes:" : "NO:"), ma, mb, z, na }')
  [[ $check == yes* ]] || failed=1
  printf '| SGD erf, N = %s, K = 4, M = 2, %s steps | %.2f s | %.2f s | **%.2f×** | %s → %s | %s |\n' \
    "$n" "$sgd_steps" "$ta" "$tb" "$(awk -v a="$ta" -v b="$tb" 'BEGIN {print a / b}')" "$l0" "$l1" "$check"
done

# --- ODE: K = 4, M = 2, eta = 0.5, sigma = 0.01, T = I, teacher v* = 1, from one fixed initial state ---
k=4; m=2
q0=0.50,0.10,0.05,0.00,0.10,0.60,0.02,0.05,0.05,0.02,0.55,0.03,0.00,0.05,0.03,0.45
r0=0.10,0.05,-0.05,0.12,0.08,-0.02,0.01,0.09
v0=0.8,1.1,0.9,1.2
write_matrix() { echo "$2" | tr ',' '\n' | paste -d' ' $(printf -- '- %.0s' $(seq "$1")) ; }
mkdir -p "$work/run/init"
write_matrix $k "$q0" > "$work/run/init/s_Q0.dat"; write_matrix $m "$r0" > "$work/run/init/s_R0.dat"
printf '1 0\n0 1\n' > "$work/run/init/s_T0.dat"; printf '1\n1\n' > "$work/run/init/s_A0.dat"
for g in 1 0; do
  for layers in SCM both; do
    gname=$([[ $g == 1 ]] && echo erf || echo linear); label=$([[ $layers == both ]] && echo "both layers" || echo SCM)
    if [[ $layers == both ]]; then both=(--both); echo "$v0" | tr ',' '\n' > "$work/run/init/s_v0.dat"
    else both=(); printf '1\n1\n1\n1\n' > "$work/run/init/s_v0.dat"; fi
    vflag=(); [[ $layers == both ]] && vflag=(--v0 "$v0")
    l0=$(load); a=""; b=""; c=""; horizon=""
    for ((i = 1; i <= repeats; i++)); do
      a+=" $(cpu "$work/a.out" "$bin/scmpp_ode.exe" --g "$g" --M $m --K $k --lr 0.5 --sigma 0.01 --dt "$ode_dt" \
        --steps "$ode_alpha" "${both[@]}" --prefix init/s)" || exit 1
      # nn2pp steps dt until each print interval is covered, so it ends a little past ODE_ALPHA: take its last time
      [[ -n $horizon ]] || horizon=$(last_row "$work/a.out" | cut -d, -f1)
      common=(--g "$gname" -M $m -K $k --lr 0.5 --sigma 0.01 --init explicit --q0 "$q0" --r0 "$r0" "${vflag[@]}"
        "${both[@]}" --dt "$ode_dt" --steps "$horizon" --every "$horizon")
      b+=" $(cpu "$work/b.out" ours "${common[@]}" --integrator euler)" || exit 1
      c+=" $(cpu "$work/c.out" ours "${common[@]}" --integrator rk4)" || exit 1
    done
    l1=$(load); ta=$(echo "$a" | median); tb=$(echo "$b" | median); tc=$(echo "$c" | median)
    # nn2pp's row: t, eg, et, eg_frac, et_frac, diff, Q_ik (i <= k), R_in, A_n, v_i; ours: alpha, eg, Q, R[, v]
    compare() {
      paste -d, <(last_row "$work/a.out") <(last_row "$1") | awk -F, -v K=$k -v M=$m -v both="$layers" '{
        nq = K * (K + 1) / 2; na = 6 + nq + K * M + M + K
        n = 0; ref[++n] = $2; for (j = 7; j < 7 + nq + K * M; j++) ref[++n] = $j
        if (both == "both") for (j = na - K + 1; j <= na; j++) ref[++n] = $j
        worst = 0; dev = 0
        for (j = 1; j <= n; j++) {
          p = ref[j]; o = $(na + 1 + j); d = o - p; if (d < 0) d = -d; if (d > dev) dev = d
          ap = (p < 0 ? -p : p); unit = (ap > 0 ? 10^(int(log(ap) / log(10) + 100) - 100 - 5) : 1e-300)
          if (d / unit > worst) worst = d / unit
        }
        printf "%.3g %.2e", worst, dev }'
    }
    read -r units dev < <(compare "$work/b.out")
    read -r _ devrk < <(compare "$work/c.out")
    if awk -v u="$units" 'BEGIN {exit !(u <= 0.5 + 1e-6)}'; then same="yes: last row (alpha = $horizon) equal to nn2pp's 6 printed digits (max $units of the last digit)"
    else same="NO: last row differs by $units units of nn2pp's last printed digit"; failed=1; fi
    printf '| ODE %s %s, Euler (nn2pp and ours), dt = %s, alpha = %s | %.2f s | %.2f s | **%.2f×** | %s → %s | %s |\n' \
      "$gname" "$label" "$ode_dt" "$horizon" "$ta" "$tb" "$(awk -v a="$ta" -v b="$tb" 'BEGIN {print a / b}')" "$l0" "$l1" "$same"
    printf '| ODE %s %s, ours RK4 (same dt), alpha = %s | %.2f s | %.2f s | **%.2f×** | %s → %s | max deviation from nn2pp Euler %s (Euler error O(dt)) |\n' \
      "$gname" "$label" "$horizon" "$ta" "$tc" "$(awk -v a="$ta" -v b="$tc" 'BEGIN {print a / b}')" "$l0" "$l1" "$devrk"
  done
done
echo
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ $failed == 0 ]] || { echo "some results did not agree (NO above)"; exit 1; }
