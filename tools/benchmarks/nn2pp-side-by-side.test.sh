#!/usr/bin/env bash
# Cheap checks of nn2pp-side-by-side.sh that need neither nn2pp nor a build: it is executable, and without a source
# folder, g++ or Armadillo it prints one line saying what is missing and exits 0; without our DLL or with fewer than
# 5 seeds it exits 4.
#   tools/benchmarks/nn2pp-side-by-side.test.sh        (prints "ok N/N", exit 1 on the first failure)
set -uo pipefail
script=$(cd "$(dirname "$0")" && pwd)/nn2pp-side-by-side.sh
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
passed=0; total=0
expect() { # expect NAME EXIT-CODE OUTPUT-PATTERN CMD...
  local name=$1 code=$2 pattern=$3; shift 3
  local out rc
  out=$("$@" 2>&1); rc=$?
  total=$((total + 1))
  if [[ $rc == "$code" && $out =~ $pattern && $(printf '%s\n' "$out" | wc -l) == 1 ]]; then passed=$((passed + 1))
  else echo "FAIL $name: exit $rc (want $code), output: $out"; exit 1; fi
}
total=$((total + 1)); [[ -x $script ]] || { echo "FAIL: $script is not executable"; exit 1; }; passed=$((passed + 1))

expect "no folder" 0 '^nn2pp side by side skipped: no nn2pp source folder given' "$script"
expect "empty folder" 0 "^nn2pp side by side skipped: no nn2pp sources .* in '$tmp'" "$script" "$tmp"

# A folder with the source files' names, and a PATH with no g++ (only what the script needs before its checks).
mkdir -p "$tmp/src" "$tmp/bin"; touch "$tmp/src/nn2pp.cpp" "$tmp/src/scmpp_ode.cpp" "$tmp/src/libnn2pp.h"
ln -s "$(command -v dirname)" "$tmp/bin/dirname"
expect "no g++" 0 '^nn2pp side by side skipped: g\+\+ not found$' env PATH="$tmp/bin" "$BASH" "$script" "$tmp/src"

# A g++ that cannot compile `#include <armadillo>`.
printf '#!/bin/sh\nexit 1\n' > "$tmp/bin/g++"; chmod +x "$tmp/bin/g++"
expect "no Armadillo" 0 '^nn2pp side by side skipped: Armadillo headers not found' env PATH="$tmp/bin" "$BASH" "$script" "$tmp/src"

# Everything there but our DLL: a usage error (exit 4), not a skip.
printf '#!/bin/sh\nexit 0\n' > "$tmp/bin/g++"
expect "no DLL" 4 '^error: .*/missing.dll not found' env PATH="$tmp/bin" "$BASH" "$script" "$tmp/src" "$tmp/missing.dll"

# Fewer than 5 seeds cannot give the eps_g check its standard errors: a usage error.
printf '#!/bin/sh\nexit 0\n' > "$tmp/bin/dotnet"; chmod +x "$tmp/bin/dotnet"; touch "$tmp/fake.dll"
expect "3 seeds" 4 '^error: SEEDS must be at least 5' env PATH="$tmp/bin" SEEDS=3 "$BASH" "$script" "$tmp/src" "$tmp/fake.dll"
echo "ok $passed/$total"
