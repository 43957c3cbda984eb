#!/usr/bin/env bash
# Installs Debian packages that are not yet installed, for the install-*-deps.sh scripts. Idempotent and
# non-interactive; never fails the build: without apt, root or network it prints a warning (with what then
# happens, the second argument) and exits 0.
#   usage: tools/apt-install.sh NAME "consequence if it fails" PACKAGE...
set -u
name=$1; consequence=$2; shift 2
packages=("$@")

warn() { echo "$name: WARNING: $*" >&2; }

missing=()
for p in "${packages[@]}"; do
  # dpkg-query prints "install ok installed" only for a fully installed package.
  if [[ "$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null)" != "install ok installed" ]]; then
    missing+=("$p")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "$name: already installed: ${packages[*]}"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  warn "apt-get not available; cannot install ${missing[*]} ($consequence)"
  exit 0
fi

sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    warn "not root and no password-less sudo; cannot install ${missing[*]} ($consequence)"
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "$name: installing ${missing[*]}"
# A package list that is missing or stale makes install fail with "Unable to locate package": update first.
if ! "${sudo[@]}" apt-get update -q >/dev/null; then
  warn "apt-get update failed; trying the install with the lists already present"
fi
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"; then
  warn "apt-get install ${missing[*]} failed ($consequence)"
  exit 0
fi
echo "$name: installed ${missing[*]}"
