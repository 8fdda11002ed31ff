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

# The configurator (dist/configure.html): the widget's settings parser compiled on its own
# (configure/, which builds this crate without the widget's start-up), inlined into a page with
# the snippets. It reads dist/csp.txt and dist/embed.js, so it comes after the widget.
# Its own target folder: the extra cfg would otherwise rebuild the widget's dependencies at
# every switch between the two builds.
RUSTFLAGS="$RUSTFLAGS --cfg care_screener_checker" \
  cargo build --release --locked --target wasm32-unknown-unknown -p configure --target-dir target/checker
wasm-bindgen --target web --no-typescript --out-dir "$out/configure" target/checker/wasm32-unknown-unknown/release/configure.wasm
node_modules/.bin/wasm-opt -Os --strip-producers --strip-debug --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-mutable-globals --enable-multivalue \
  "$out/configure/configure_bg.wasm" -o "$out/configure/checker.wasm"
python3 scripts/configure.py "$out/configure/configure.js" "$out/configure/checker.wasm"

# The hashes of everything in dist/, for checking a copy (docs/embedding.md).
(cd dist && find . -maxdepth 1 -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum > SHA256SUMS)
echo "SHA-256 of dist/:"
sed 's/^/  /' dist/SHA256SUMS
