#!/usr/bin/env bash
# Checks that two clones on one machine each run their own build through `dotnet theorycheck`: clones this
# checkout's commit twice, marks each clone's sources (the root command's description says "clone A" or
# "clone B", plus a nonce so that concurrent runs of this test cannot share a version), installs A, then B,
# then runs `dotnet theorycheck --version` and `--help` in each. Before per-build versions, A ran B's build here.
#
# Isolation: DOTNET_CLI_HOME points at a temporary folder, so the tool resolver cache of this machine (and what
# `dotnet theorycheck` runs in other checkouts) is not touched; the two packages this test adds to the NuGet
# packages folder have versions no other build has, and are deleted at the end. Takes 2-3 minutes.
# Exit 0 and "tool isolation: ok" when it holds.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
work="$(mktemp -d "${TMPDIR:-/tmp}/theorycheck-tool-isolation.XXXXXX")"
installed=()
cleanup() {
  for v in "${installed[@]}"; do rm -rf "$packages/theorycheck.tool/$v"; done
  rm -rf "$work"
}
trap cleanup EXIT
export DOTNET_CLI_HOME="$work/home" DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
mkdir -p "$DOTNET_CLI_HOME"
nonce="$$-$RANDOM$RANDOM"

fail() { echo "tool isolation: FAILED: $*" >&2; exit 1; }

for clone in A B; do
  git clone --quiet "$root" "$work/$clone"
  # Marks the root command's description (the code construct, not its wording, which changes with the help text).
  sed -i "s/new Command(\"theorycheck\", \"/new Command(\"theorycheck\", \"(clone $clone $nonce) /" "$work/$clone/src/TheoryCheck.Cli/Program.cs"
  grep -q "clone $clone $nonce" "$work/$clone/src/TheoryCheck.Cli/Program.cs" || fail "could not mark clone $clone's sources"
done

declare -A version
for clone in A B; do   # A first: B's install is the one that used to replace A's
  echo "installing clone $clone..." >&2
  if ! version[$clone]="$(cd "$work/$clone" && bash tools/install-tool.sh 2>"$work/install-$clone.log")"; then
    cat "$work/install-$clone.log" >&2
    fail "install-tool.sh failed in clone $clone"
  fi
  installed+=("${version[$clone]}")
  echo "clone $clone: ${version[$clone]}" >&2
done
[[ "${version[A]}" != "${version[B]}" ]] || fail "both clones got version ${version[A]}"

for clone in A B; do
  other=$([[ $clone == A ]] && echo B || echo A)
  reported="$(cd "$work/$clone" && dotnet theorycheck --version)"
  commit="$(git -C "$work/$clone" rev-parse HEAD)"
  [[ "$reported" == "${version[$clone]}+$commit"* ]] || fail "clone $clone: --version printed '$reported', expected '${version[$clone]}+$commit'"
  help="$(cd "$work/$clone" && dotnet theorycheck --help)"
  grep -q "clone $clone $nonce" <<<"$help" || fail "clone $clone: --help does not show clone $clone's description"
  ! grep -q "clone $other $nonce" <<<"$help" || fail "clone $clone runs clone $other's build"
  echo "clone $clone runs its own build: $reported" >&2
done
echo "tool isolation: ok"
