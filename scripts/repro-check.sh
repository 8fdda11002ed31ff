#!/usr/bin/env bash
# Checks that the build is reproducible: the committed HEAD is cloned into two folders with
# different paths, each is built from scratch with its own cargo target dir inside the clone,
# and the two dist/ folders must be byte-identical. Prints the SHA-256 of each file.
# Costs two full release builds (about 4-6 minutes on 2 cores); the clones are removed after.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=$(git rev-parse HEAD)
work=$(mktemp -d "${TMPDIR:-/tmp}/care-screener-repro.XXXXXX")
trap 'rm -rf "$work"' EXIT

# Different depths and names, so any absolute path left in an output would show as a difference.
a="$work/a"
b="$work/second-clone/with/a/longer/path"
for clone in "$a" "$b"; do
  mkdir -p "$(dirname "$clone")"
  git clone --quiet --no-checkout "$PWD" "$clone"
  git -C "$clone" checkout --quiet --detach "$rev"
  echo "== building $rev in $clone"
  start=$(date +%s)
  if ! (cd "$clone" && CARGO_TARGET_DIR="$clone/target" ./scripts/build.sh >"$clone.log" 2>&1); then
    tail -40 "$clone.log"
    echo "the build in $clone failed" >&2
    exit 1
  fi
  echo "   built in $(( $(date +%s) - start )) s"
done

if ! diff -r "$a/dist" "$b/dist" >/dev/null; then
  echo "NOT reproducible: dist/ differs between the two clones" >&2
  diff <(cd "$a/dist" && sha256sum -- *) <(cd "$b/dist" && sha256sum -- *) >&2 || true
  exit 1
fi
echo "reproducible: both clones built byte-identical dist/ files"
(cd "$a/dist" && sha256sum -- *)
