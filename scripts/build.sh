#!/usr/bin/env bash
# Builds dist/: the self-contained widget document, the host loader and the demo host page.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh

# Paths inside the binary are remapped so that clones in different folders build the same bytes.
export RUSTFLAGS="${RUSTFLAGS:-} --remap-path-prefix=$PWD=/screener --remap-path-prefix=$HOME/.cargo=/cargo --remap-path-prefix=$HOME/.rustup=/rustup"
cargo build --release --locked --target wasm32-unknown-unknown --lib

out=target/web
rm -rf "$out" && mkdir -p "$out"
wasm-bindgen --target web --no-typescript --out-dir "$out" target/wasm32-unknown-unknown/release/care_screener.wasm
# binaryen from npm: Debian's wasm-opt is too old for what rustc 1.95 emits (see README).
# -Os, not -Oz: a little larger raw but smaller after gzip, which is what is sent; --converge
# repeats the passes while they still shrink the module; --low-memory-unused lets it fold
# constant offsets into loads and stores. That assumes nothing lives in the first 1 KB of
# memory, which holds here: it is the far end of Rust's 1 MB stack (placed first, growing
# down), and the widget's calls never come near that depth. The saving is in bench/size.md.
node_modules/.bin/wasm-opt -Os --converge --low-memory-unused --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-mutable-globals --enable-multivalue \
  "$out/care_screener_bg.wasm" -o "$out/screener.wasm"

# The start-up's LZMA decoder (unpack/), a module of its own that unpacks the widget's wasm. Its
# stack is set to 32 KB (it uses about 15 KB), so it starts with one 64 KB page of memory; the
# start-up grows that to hold the packed bytes and the module.
RUSTFLAGS="$RUSTFLAGS -C link-arg=-zstack-size=32768" \
  cargo build --release --locked --target wasm32-unknown-unknown --manifest-path unpack/Cargo.toml --target-dir target/unpack
node_modules/.bin/wasm-opt -Oz --strip-producers --strip-target-features --enable-bulk-memory --enable-sign-ext --enable-mutable-globals \
  target/unpack/wasm32-unknown-unknown/release/unpack.wasm -o "$out/unpack.wasm"
python3 scripts/assemble.py "$out/care_screener.js" "$out/screener.wasm" "$out/unpack.wasm"
