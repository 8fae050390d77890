#!/usr/bin/env bash
# Installs what building vanban's npm package and demo needs, skipping what is there:
# the wasm32 target and rust-src, wasm-bindgen-cli at the exact version in Cargo.lock, npm packages from
# package-lock.json. With --test, also what the tests drive: Debian's chromium + chromedriver
# (browser tests) and LibreOffice Writer (real .odt → .docx conversions).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown \
  || rustup target add wasm32-unknown-unknown
# the standard library's source: the package's module compiles it (scripts/build-pkg.sh)
rustup component list --installed 2>/dev/null | grep -q "^rust-src" || rustup component add rust-src

# wasm-bindgen-cli MUST equal the wasm-bindgen crate version locked in Cargo.lock
WB_VERSION=$(awk '$0=="name = \"wasm-bindgen\"" {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WB_VERSION" ]; then
  # not --locked: the CLI's own lock pins a webpki-roots release some registries lack
  cargo install wasm-bindgen-cli --version "$WB_VERSION"
fi

if [ "${1:-}" = "--test" ]; then
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! command -v soffice >/dev/null; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -q
    $SUDO apt-get install -y -q --no-install-recommends chromium chromium-driver libreoffice-writer-nogui
  fi
fi

# NOT Debian's binaryen: its wasm-opt 108 silently breaks wasm-bindgen's output; npm's is used
if [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
