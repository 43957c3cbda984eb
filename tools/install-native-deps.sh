#!/usr/bin/env bash
# Installs the system libraries the native linear-algebra backend loads (OpenBLAS, pthread build: it also
# provides liblapack.so.3/libblas.so.3 through Debian's alternatives) and Debian's numpy for the benchmark
# reference (tools/benchmarks/numpy_reference.py).
#
# Idempotent and non-interactive. Never fails the build: without apt, root or network it prints a warning
# and exits 0, and TheoryCheck falls back to its managed backend (the native tests then skip).
#   usage: tools/install-native-deps.sh [--no-numpy]
set -u

packages=(libopenblas0-pthread python3-numpy)
[[ "${1:-}" == "--no-numpy" ]] && packages=(libopenblas0-pthread)

exec bash "$(dirname "$0")/apt-install.sh" install-native-deps "the managed backend will be used" "${packages[@]}"
