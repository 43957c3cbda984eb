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

warn() { echo "install-native-deps: WARNING: $*" >&2; }

missing=()
for p in "${packages[@]}"; do
  # dpkg-query prints "install ok installed" only for a fully installed package.
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-native-deps: already installed: ${packages[*]}"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  warn "apt-get not available; cannot install ${missing[*]} (the managed backend will be used)"
  exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    warn "not root and no password-less sudo; cannot install ${missing[*]} (the managed backend will be used)"
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-native-deps: installing ${missing[*]}"
# A package list that is missing or stale makes install fail with "Unable to locate package": update first.
if ! "${sudo[@]}" apt-get update -q >/dev/null; then
  warn "apt-get update failed; trying the install with the lists already present"
fi
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
  warn "apt-get install ${missing[*]} failed (the managed backend will be used)"
  exit 0
fi
echo "install-native-deps: installed ${missing[*]}"
