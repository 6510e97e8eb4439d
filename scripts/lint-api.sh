#!/usr/bin/env bash
# Lints the API document with Redocly CLI's recommended rules (redocly.yaml): it fails on any error or warning.
# The document is the one the service published to the test suite (app/target/openapi.json, written by
# OpenApiHttpTest during `mvn verify`). Needs Node.js and npm; Redocly CLI comes from the npm registry.
set -euo pipefail
cd "$(dirname "$0")/.."
document=${1:-app/target/openapi.json}
if [ ! -s "$document" ]; then
  echo "no API document at $document: run mvn verify first" >&2
  exit 1
fi
status=0
report=$(npx --yes @redocly/cli@2.77.0 lint "$document" --config redocly.yaml --format=stylish 2>&1) || status=$?
# Node 20's end-of-life notice is drawn in a box; the findings are the rest
printf '%s\n' "$report" | grep -v '[║╔╚]' | sed '/^\s*$/N;/^\s*\n$/D'
if [ "$status" -ne 0 ] || printf '%s' "$report" | grep -qE '[0-9]+ warnings?\.?$|You have [0-9]+ warning'; then
  echo "the API document does not pass the lint" >&2
  exit 1
fi
