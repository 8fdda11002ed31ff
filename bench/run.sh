#!/usr/bin/env bash
# The benchmark: the widget side by side with a SurveyJS build of the same questionnaire and a
# static-HTML floor, in headless Chromium on this machine. Writes bench/results.md.
#
#   ./bench/run.sh            # 10 measured runs of each page (the minimum)
#   BENCH_RUNS=20 ./bench/run.sh
#
# It builds what it needs: dist/ (scripts/build.sh, which also installs the toolchain), the
# SurveyJS export of the question bank, the peer and floor pages, SurveyJS itself (npm, into
# bench/node_modules only, pinned by bench/package-lock.json; the test command never needs it),
# and the native timing of one assessment. A few minutes in all; it is not part of the tests.
# It writes bench/results.md (every figure) and bench/README-performance.md (the README's
# Performance section).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/build.sh

echo "== SurveyJS (npm, into bench/)"
if [ ! -d bench/node_modules/survey-core ] || [ bench/package-lock.json -nt bench/node_modules/.package-lock.json ]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error)
fi

echo "== export the question bank to SurveyJS"
mkdir -p bench/build
cargo run --locked --release --quiet --bin export_surveyjs > bench/build/survey.json
cargo run --locked --release --quiet --bin export_surveyjs -- --run-plan > bench/build/plan.json
node bench/pages.mjs

echo "== native time of one assessment"
cargo run --locked --release --quiet --example assess > bench/build/native.json

# What the wasm is made of, by crate and by function, when twiggy is installed
# (`cargo install twiggy`); the benchmark reports without it.
rm -f bench/build/wasm-top.txt
if command -v twiggy >/dev/null; then
  ./bench/wasm-size.sh > bench/build/wasm-top.txt
else
  echo "(twiggy is not installed: results.md will not say what the wasm is made of; cargo install twiggy)"
fi

echo "== measure (headless Chromium)"
command="./bench/run.sh"
if [ -n "${BENCH_RUNS:-}" ]; then command="BENCH_RUNS=$BENCH_RUNS $command"; fi
node bench/bench.mjs --runs "${BENCH_RUNS:-10}" --command "$command"
