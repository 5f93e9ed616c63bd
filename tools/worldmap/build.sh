#!/usr/bin/env bash
# Derives the dashboard's world map (core/src/main/resources/org/vigie/api/web/world.geo.json)
# from pinned npm packages: world-atlas (Natural Earth 1:110m country shapes, public domain;
# package ISC), topojson-client (ISC) and i18n-iso-countries (MIT) for ISO codes and French and
# English names. Run by hand when the map should be refreshed; the build and the program never
# fetch anything. Needs node and npm.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../../core/src/main/resources/org/vigie/api/web/world.geo.json"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
npm install --silent --no-audit --no-fund --prefix "$work" \
  world-atlas@2.0.2 topojson-client@3.1.0 i18n-iso-countries@7.14.0
node "$here/build.mjs" "$work/node_modules" "$out"
