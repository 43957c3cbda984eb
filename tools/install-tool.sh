#!/usr/bin/env bash
# Builds the `theorycheck` local tool from this checkout and installs it, so `dotnet theorycheck` runs the code
# you have, not a stale copy: NuGet caches a package by id and version, so the cached 0.1.0 is removed first.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
version="$(sed -n 's/.*"version": "\([0-9][^"]*\)".*/\1/p' dotnet-tools.json | head -n 1)"
rm -rf artifacts/tool
dotnet pack src/TheoryCheck.Cli/TheoryCheck.Cli.csproj -c Release -o artifacts/tool -p:Version="$version" --nologo -v quiet >&2
rm -rf "${NUGET_PACKAGES:-$HOME/.nuget/packages}/theorycheck.tool/$version"
dotnet tool restore --add-source artifacts/tool >&2
echo "installed theorycheck $version from $root/artifacts/tool" >&2
