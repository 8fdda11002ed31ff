#!/usr/bin/env bash
# Builds dist/ and serves the demo host page at http://127.0.0.1:8080/ and the configurator at
# /configure.html (Ctrl+C stops it).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/build.sh
echo "Serving the demo at http://127.0.0.1:8080/ and the configurator at http://127.0.0.1:8080/configure.html"
exec python3 -m http.server 8080 --bind 127.0.0.1 --directory dist
