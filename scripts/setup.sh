#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping what is already there.
# Safe to run again and again; each step fails loudly rather than carrying on half-installed.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the library version exactly, so it is read from Cargo.lock
# (Cargo.toml pins it with "=" so the lock file cannot drift away from an installed CLI).
WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock 2>/dev/null || true)
if [ -z "$WB_VERSION" ]; then
  cargo generate-lockfile
  WB_VERSION=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  log "installing wasm-bindgen-cli $WB_VERSION (about 2.5 minutes, once)"
  # Not --locked: the CLI's own lock file pins a crate version the registry here lacks.
  cargo install wasm-bindgen-cli --version "$WB_VERSION" --force
fi

# Debian's packages, installed in one place; the caller says which are missing.
apt_install() {
  [ $# -gt 0 ] || return 0
  log "installing Debian's $*"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "$@" >/dev/null
}

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
apt_install "${missing[@]}"

# The smoke runs in other engines (e2e/engines-*.test.mjs): Firefox ESR, and WebKitGTK with
# WebKitWebDriver in Xvfb (Debian 12's MiniBrowser has no headless mode). About 30 s, once.
missing=()
[ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
[ -x /usr/bin/WebKitWebDriver ] || missing+=(webkit2gtk-driver)
[ -x /usr/bin/Xvfb ] || missing+=(xvfb)
apt_install "${missing[@]}"

# The WordPress plugin's test (e2e/wordpress.test.mjs) runs a real WordPress: Debian's wordpress,
# PHP with its MySQL driver, and MariaDB. The test starts its own database server and PHP's
# built-in web server in a temporary folder and stops them after; it uses no system service and
# writes nothing under /etc. (Debian's wordpress pulls in apache2; on a machine that starts
# services on install, apache2 and mariadb then run as services the tests do not need.)
missing=()
[ -f /usr/share/wordpress/wp-settings.php ] || missing+=(wordpress)
[ -x /usr/bin/php ] || missing+=(php)
{ [ -x /usr/bin/php ] && php -r 'exit(extension_loaded("mysqli") ? 0 : 1);'; } || missing+=(php-mysql)
[ -x /usr/sbin/mariadbd ] && [ -x /usr/bin/mariadb-install-db ] || missing+=(mariadb-server)
[ -x /usr/bin/unzip ] || missing+=(unzip)
apt_install "${missing[@]}"

# geckodriver is not packaged by Debian; crates.io has it, with its own lock file.
GECKODRIVER_VERSION=0.37.1
if [ "$(geckodriver --version 2>/dev/null | awk 'NR == 1 {print $2}')" != "$GECKODRIVER_VERSION" ]; then
  log "installing geckodriver $GECKODRIVER_VERSION (about 3 minutes, once)"
  cargo install geckodriver --version "$GECKODRIVER_VERSION" --locked --force
fi

# binaryen (wasm-opt), terser, playwright-core and axe-core come from npm, pinned in package-lock.json.
# Never a browser download: the tests drive /usr/bin/chromium.
if [ ! -d node_modules/binaryen ] || [ ! -d node_modules/terser ] || [ ! -d node_modules/playwright-core ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error
fi
log "ready"
