#!/usr/bin/env bash
# Installs what building the app needs, from the registries only, and only
# what is missing: run it as often as you like.
#   - the wasm32 Rust target (rustup)
#   - trunk 0.21.14 (crates.io)
#   - wasm-bindgen-cli at exactly the wasm-bindgen version of Cargo.lock (crates.io)
#   - wasm-opt from the npm package binaryen, and the test driver (npm ci)
# With `--navigateur`, also Chromium and ChromeDriver (Debian) for the tests.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

dire() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  dire "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# make test checks formatting and lints; rustup's default profile has both.
for composant in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$composant"; then
    dire "rustup component add $composant"
    rustup component add "$composant"
  fi
done

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION"; then
  dire "cargo install trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# The CLI must match the library exactly, or the generated JS does not fit the wasm.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ -z "$WBG_VERSION" ]; then
  echo "Cargo.lock ne contient pas wasm-bindgen : lancez 'cargo generate-lockfile'" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WBG_VERSION\$"; then
  dire "cargo install wasm-bindgen-cli $WBG_VERSION (about 5 minutes, once)"
  # Not --locked: its lock file names a crate version the registry no longer has.
  cargo install wasm-bindgen-cli --version "$WBG_VERSION"
fi

# npm ci only when node_modules is missing or older than the lock file.
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  dire "npm ci (wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--navigateur" ]; then
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    dire "apt-get install chromium chromium-driver"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y chromium chromium-driver
  fi
fi

# The crates, so that the builds run with --offline.
cargo fetch --quiet
