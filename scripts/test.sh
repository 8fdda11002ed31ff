#!/usr/bin/env bash
# Runs every test layer; exits non-zero on the first failure.
#   1. native cargo test: the screening domain, the catalogues, the host-configuration parser
#   2. wasm-bindgen-test: components in headless Chromium through chromedriver
#   3. end-to-end: the built dist/ in headless Chromium (playwright-core), incl. axe-core
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

echo "== 1/3 native tests"
cargo test --locked

echo "== build dist/"
./scripts/build.sh

echo "== 2/3 browser component tests"
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver \
  cargo test --locked --target wasm32-unknown-unknown --test browser

echo "== 3/3 end-to-end tests"
node --test --test-concurrency=1 e2e/
