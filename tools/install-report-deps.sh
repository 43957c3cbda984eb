#!/usr/bin/env bash
# Installs Debian's chromium, which renders report.html headless in the report tests
# (tests/TheoryCheck.Cli.Tests/HtmlBrowserTests.cs) and in tools/benchmarks/report-render-time.sh. The report
# itself needs no browser to be written or read: it is one offline file. Recommends are left out (fonts: DejaVu).
#
# Idempotent and non-interactive (about 30 s on a fresh Debian 12 with a fast mirror). Never fails the build: without
# apt, root or network it prints a warning and exits 0, and the browser tests skip (unless THEORYCHECK_REQUIRE_BROWSER=1,
# as .ci/run sets).
#   usage: tools/install-report-deps.sh
set -u

exec bash "$(dirname "$0")/apt-install.sh" install-report-deps "the browser tests will skip" chromium fonts-dejavu-core
