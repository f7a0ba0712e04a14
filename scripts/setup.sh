#!/usr/bin/env bash
# Installs what the build and tests need, skipping whatever is already there. Safe to rerun.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${WASM_BINDGEN_VERSION:=0.2.130}"
: "${TOOLS_DIR:=$HOME/.cache/klarna-precheck}"
: "${WASM_BINDGEN:=$TOOLS_DIR/wasm-bindgen-$WASM_BINDGEN_VERSION/bin/wasm-bindgen}"

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

command -v cargo >/dev/null || { say "cargo is missing: install Rust with rustup first"; exit 1; }
command -v node >/dev/null || { say "node is missing: install Node.js 20 or newer first"; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# wasm-bindgen-cli must match the wasm-bindgen crate pinned in Cargo.toml exactly.
if [ "$("$WASM_BINDGEN" --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION into $TOOLS_DIR (a few minutes, once)"
  cargo install --quiet --force --root "$TOOLS_DIR/wasm-bindgen-$WASM_BINDGEN_VERSION" \
    wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm packages for the tests, the demo and the benchmark (the package itself has none).
# Not `npm ci`: npm 11 leaves other platforms' optional packages of Vite 7's rollup out of the
# lockfile and then refuses it as "out of sync". `npm install --no-save` installs the same
# locked versions and never rewrites the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm packages"
  npm install --no-save --no-audit --no-fund --loglevel=error
fi

# Debian's Chromium for the browser tests (playwright-core drives it; nothing is downloaded).
if [ ! -x /usr/bin/chromium ]; then
  say "installing Chromium from Debian's packages"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi
