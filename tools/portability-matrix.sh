#!/usr/bin/env bash
# The portability matrix: runs the quick tier under configurations that change what a CPU or a BLAS build offers,
# and fails if
#   - any golden snapshot mismatches in any configuration, or
#   - results.json differs between the SIMD configurations (default, AVX-512 off, AVX2 off, all SIMD off) for a
#     claim that does not use BLAS/LAPACK (those must be bit-identical), or
#   - results.json differs at all between --jobs 1, the default --jobs and --jobs 4 (same machine, same backend).
#
# Usage: tools/portability-matrix.sh [--out DIR] [--only NAME[,NAME...]] [-- extra run options]
# Needs the `theorycheck` local tool installed (tools/install-tool.sh) and python3 for the comparison.
# Prints one line per configuration and a last line "portability: N configurations, N failed".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
out="artifacts/portability"
only=""
extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --out) out="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "portability-matrix: unknown argument '$1'" >&2; exit 4 ;;
  esac
done
command -v python3 >/dev/null || bash tools/apt-install.sh portability-matrix "the bit-identity comparison cannot run" python3 >&2
# Start every configuration from a user's default: no OpenBLAS kernel forced (this workplace sets OPENBLAS_CORETYPE);
# the kernel configurations below set it explicitly.
unset OPENBLAS_CORETYPE

# name | environment | what it stands for
configs=(
  "default||this machine as a user has it (OPENBLAS_CORETYPE unset)"
  "avx512-off|DOTNET_EnableAVX512=0|a CPU without AVX-512 (most CI runners)"
  "avx2-off|DOTNET_EnableAVX2=0|a CPU with SSE/AVX only (128-bit vectors in the JIT)"
  "simd-off|DOTNET_EnableHWIntrinsic=0 GLIBC_TUNABLES=glibc.cpu.hwcaps=-AVX512F,-AVX2,-FMA,-AVX|no SIMD in the JIT and glibc's non-FMA libm (an old or an emulated CPU)"
  "openblas-skylakex|OPENBLAS_CORETYPE=SkylakeX|another OpenBLAS kernel (AVX-512)"
  "openblas-sandybridge|OPENBLAS_CORETYPE=Sandybridge|another OpenBLAS kernel (AVX)"
  "openblas-prescott|OPENBLAS_CORETYPE=Prescott|OpenBLAS's fallback kernel for CPUs it does not know"
  "managed|THEORYCHECK_BACKEND=managed|no native BLAS/LAPACK (the managed backend)"
  "jobs1||--jobs 1 (results must not depend on the parallelism)"
  "jobs4||--jobs 4 (results must not depend on the parallelism)"
)

rm -rf "$out"
mkdir -p "$out"
failed=0
ran=0
for entry in "${configs[@]}"; do
  IFS='|' read -r name envs what <<<"$entry"
  if [[ -n "$only" && ",$only," != *",$name,"* ]]; then continue; fi
  args=(run --tier quick --report "$out/$name" --no-progress)
  [[ "$name" == jobs* ]] && args+=(--jobs "${name#jobs}")
  start=$(date +%s)
  # shellcheck disable=SC2086
  env CI=true $envs dotnet theorycheck "${args[@]}" "${extra[@]}" >"$out/$name.log" 2>&1
  status=$?
  secs=$(( $(date +%s) - start ))
  ran=$((ran + 1))
  summary=$(grep -E '^[0-9]+ claims?:' "$out/$name.log" | tail -n 1)
  if [[ $status -ne 0 ]]; then
    failed=$((failed + 1))
    echo "portability: $name ($what): FAILED, exit $status in ${secs}s: ${summary:-see $out/$name.log}"
    grep -E '^golden mismatch|^[a-z0-9.-]+ \(.*\): (not reproduced|error)' "$out/$name.log" | head -n 20 | sed 's/^/  /'
  else
    echo "portability: $name ($what): ok in ${secs}s: $summary"
  fi
done

# Bit-identity: SIMD configurations against the default for claims that use no BLAS/LAPACK; --jobs 1 against the
# default for every claim.
python3 - "$out" <<'EOF' || failed=$((failed + 1))
import json, os, sys
out = sys.argv[1]
def load(name):
    path = os.path.join(out, name, "results.json")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8") as f:
        return {s["id"]: s for s in json.load(f)["specs"]}
def numbers(spec):
    # the whole claim record except the golden block (it names the received file) is compared
    return json.dumps({k: v for k, v in spec.items() if k != "golden"}, sort_keys=True)
base = load("default")
if base is None:
    print("portability: no default results to compare with"); sys.exit(1)
bad = 0
for name, everything in [("avx512-off", False), ("avx2-off", False), ("simd-off", False), ("jobs1", True), ("jobs4", True)]:
    other = load(name)
    if other is None:
        continue
    compared = differ = 0
    for cid, spec in base.items():
        if not everything and spec.get("usesLinearAlgebra", True):
            continue
        compared += 1
        if cid not in other or numbers(other[cid]) != numbers(spec):
            differ += 1
            if differ <= 10:
                print(f"  {name}: {cid} differs from the default run")
    what = "claims" if everything else "claims without BLAS/LAPACK"
    print(f"portability: bit-identity {name} vs default: {compared - differ} of {compared} {what} identical")
    bad += differ > 0
sys.exit(1 if bad else 0)
EOF
echo "portability: $ran configurations, $failed failed"
[[ $failed -eq 0 ]]
