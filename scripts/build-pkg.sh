#!/usr/bin/env bash
# Builds the npm package `vanban` into pkg/ (build output, never committed):
#   wasm32 cdylib (profile wasm-release) -> wasm-bindgen --target web -> wasm-opt -Oz (npm binaryen)
#   + package.json and README from npm/.
# The web target is one ES module plus one .wasm file; it works unbundled in browsers, through
# Vite, and in Node 20 via initSync (see README). Needs: the wasm32 target, wasm-bindgen-cli at
# the version in Cargo.lock, `npm ci` (for wasm-opt). scripts/setup.sh installs them.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

cargo rustc --lib --profile wasm-release --target wasm32-unknown-unknown --crate-type cdylib
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name vanban \
  target/wasm32-unknown-unknown/wasm-release/vanban.wasm
# NOT Debian's binaryen (wasm-opt 108 silently breaks wasm-bindgen's externref table)
node_modules/.bin/wasm-opt -Oz pkg/vanban_bg.wasm -o pkg/vanban_bg.wasm
VERSION=$(awk -F'"' '/^version = / {print $2; exit}' Cargo.toml)
sed "s/@VERSION@/$VERSION/" npm/package.json > pkg/package.json
cp npm/README.md pkg/README.md
printf 'pkg/vanban_bg.wasm: %s bytes, %s gzipped (-9)\n' \
  "$(stat -c%s pkg/vanban_bg.wasm)" "$(gzip -9c pkg/vanban_bg.wasm | wc -c)"
