#!/usr/bin/env bash
# Installs Debian's chromium, which renders report.html headless in the report tests
# (tests/TheoryCheck.Tests/Reports/HtmlBrowserTests.cs). The report itself needs no browser: it is one offline file.
#
# Idempotent and non-interactive. Never fails the build: without apt, root or network it prints a warning and
# exits 0, and the browser test skips (unless THEORYCHECK_REQUIRE_BROWSER=1, as .ci/run sets).
#   usage: tools/install-report-deps.sh
set -u

warn() { echo "install-report-deps: WARNING: $*" >&2; }

if command -v chromium >/dev/null 2>&1; then
  echo "install-report-deps: already installed: $(chromium --version 2>/dev/null | head -n 1)"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  warn "apt-get not available; cannot install chromium (the browser test will skip)"
  exit 0
fi
sudo=()
if [[ "$(id -u)" -ne 0 ]]; then
  if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo=(sudo -n)
  else
    warn "not root and no password-less sudo; cannot install chromium (the browser test will skip)"
    exit 0
  fi
fi

export DEBIAN_FRONTEND=noninteractive
echo "install-report-deps: installing chromium"
# A missing or stale package list makes install fail with "Unable to locate package": update first.
if ! "${sudo[@]}" apt-get update -q >/dev/null; then
  warn "apt-get update failed; trying the install with the lists already present"
fi
# Recommends are left out: fonts and the sandbox helpers are not needed for a headless screenshot.
if ! "${sudo[@]}" apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core; then
  warn "apt-get install chromium failed (the browser test will skip)"
  exit 0
fi
echo "install-report-deps: installed $(chromium --version 2>/dev/null | head -n 1)"
