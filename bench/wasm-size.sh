#!/usr/bin/env bash
# What the widget's wasm is made of: the shipped size, then its code by crate and its largest
# functions, from twiggy (`cargo install twiggy`) on a copy optimised exactly like the shipped
# one but keeping function names (wasm-opt -g). Run after ./scripts/build.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
named=target/web/named.wasm
# The same wasm-opt invocation as scripts/build.sh, plus -g (keep the names for twiggy).
flags=$(sed -n 's/.*wasm-opt \(.*\) \\$/\1/p' scripts/build.sh | head -1)
features=$(grep -o -- '--enable-[a-z-]*' scripts/build.sh | tr '\n' ' ')
# shellcheck disable=SC2086
node_modules/.bin/wasm-opt ${flags:--Oz} -g $features target/web/care_screener_bg.wasm -o "$named"
node -e '
const z = require("zlib"), fs = require("fs");
const b = fs.readFileSync("target/web/screener.wasm");
console.log(`shipped wasm: ${b.length} B raw, ${z.gzipSync(b).length} B gzip`);'
echo
echo "code and data by crate (bytes in the named copy; names excluded):"
twiggy top -n 100000 --format csv "$named" | python3 bench/wasm_crates.py
echo
echo "largest items:"
twiggy top -n 16 "$named" | sed -n '3,18p' | grep -v 'function names' | cut -c1-150
