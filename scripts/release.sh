#!/usr/bin/env bash
# Builds dist/ and packs a versioned release into target/dist-release/: the package
# care-screener-<version> as .tar.gz and .zip, the WordPress plugin zip, and SHA256SUMS over
# the three (scripts/release.py says what is in each). RELEASE_SKIP_BUILD=1 packs the dist/
# that is there instead of building it. Reproducible: SOURCE_DATE_EPOCH, else the last commit's
# time, dates every entry.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${RELEASE_SKIP_BUILD:-}" != 1 ]; then
  ./scripts/build.sh
fi
exec python3 scripts/release.py
