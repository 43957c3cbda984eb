#!/usr/bin/env bash
# Builds the `theorycheck` local tool from this checkout and installs it, so `dotnet theorycheck` (run anywhere in
# this checkout) runs the code you have.
#
# NuGet caches a package by id and version in one folder per machine (~/.nuget/packages), and `dotnet tool restore`
# records one path per id and version (~/.dotnet/toolResolverCache). With one fixed version, two checkouts on one
# machine replaced each other's build. So each build gets its own SemVer prerelease version,
#   <Version of Directory.Build.props>-dev.g<commit>.s<hash of the sources that go into the tool>,
# and this script writes the local tool manifest .config/dotnet-tools.json (git-ignored) pinning that version: the SDK
# takes exact versions only in a manifest, and it prefers .config/dotnet-tools.json to the committed dotnet-tools.json
# of the same folder (which names the released version, 0.1.0). Two checkouts with the same version have the same sources.
# Prints the version on stdout. tools/test-tool-isolation.sh checks that two clones each run their own build.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

base="$(sed -n 's:.*<Version>\([0-9][^<]*\)</Version>.*:\1:p' Directory.Build.props | head -n 1)"
inputs=(src Directory.Build.props)
if commit="$(git rev-parse --short=12 HEAD 2>/dev/null)"; then
  # Tracked and untracked (not ignored) files, so uncommitted edits give another version; deleted files skipped.
  list_sources() { git ls-files -z --cached --others --exclude-standard -- "${inputs[@]}" | sort -zu; }
else
  commit="none"
  list_sources() { find "${inputs[@]}" -type f -not -path '*/bin/*' -not -path '*/obj/*' -print0 | sort -z; }
fi
# sha256sum prints each file's name beside its hash, so a rename changes the version too.
sources="$(list_sources | while IFS= read -r -d '' f; do [[ -f "$f" ]] && printf '%s\0' "$f"; done | xargs -0 -r sha256sum | sha256sum | cut -c1-12)"
# The letters g and s keep each identifier alphanumeric (SemVer forbids leading zeros in all-digit identifiers).
version="$base-dev.g$commit.s$sources"

rm -rf artifacts/tool
dotnet pack src/TheoryCheck.Cli/TheoryCheck.Cli.csproj -c Release -o artifacts/tool -p:Version="$version" --nologo -v quiet >&2

mkdir -p .config
cat > .config/dotnet-tools.json <<EOF
{
  "version": 1,
  "isRoot": true,
  "tools": {
    "theorycheck.tool": {
      "version": "$version",
      "commands": [
        "theorycheck"
      ],
      "rollForward": true
    }
  }
}
EOF

# Same version means same sources; deleting the cached copy first still guards against inputs the hash misses
# (e.g. another SDK).
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/theorycheck.tool/$version"
dotnet tool restore --add-source artifacts/tool >&2
echo "installed theorycheck $version from $root/artifacts/tool" >&2
echo "$version"
