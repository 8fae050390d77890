#!/usr/bin/env bash
# Builds the npm package `vanban` into pkg/ (build output, never committed):
#   wasm32 cdylib (profile wasm-release) -> wasm-bindgen --target web -> wasm-opt -Oz --converge --low-memory-unused (npm binaryen; see below)
#   + the entry points, types and README from npm/ (npm/build.mjs) and the rule documentation.
# The web target is one ES module plus one .wasm file; it works unbundled in browsers, through
# Vite/esbuild/webpack, and in Node 20 via initSync (see README). Needs: the wasm32 target, rust-src,
# wasm-bindgen-cli at the version in Cargo.lock, `npm ci` (for wasm-opt). scripts/setup.sh
# installs them. Honours CARGO_TARGET_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
TARGET_DIR="${CARGO_TARGET_DIR:-target}"

# Panic locations name their source files: written relative to the checkout and the cargo home,
# the module does not depend on where it is built (a CI clone's longer path made it bigger)
# and carries no build machine's paths (0.6 kB fewer bytes before compression).
# -Zlocation-detail=none: no file, line and column stored for each place that may panic. The
# module installs no panic hook, so in a browser or Node a panic is a bare "unreachable" trap
# and those locations were never printed: 9 KB gzipped of data nobody reads (2026-12-05:
# 307 981 -> 298 991 bytes). The flag is unstable, so this one build is allowed it with
# RUSTC_BOOTSTRAP=1 (the native crate, the CLI and the wasm tests keep their locations).
# -Zbuild-std with -Cpanic=immediate-abort: the standard library is compiled with the module
# (for size, with link-time optimisation across it) and a panic traps at once, so the code that
# formats panic messages — never shown, see above — is not linked in: 11 KB gzipped (2026-12-06:
# 305 846 -> 294 853 bytes by Node's zlib; the same findings, the browser benchmark within its
# budgets). Needs the rust-src component (scripts/setup.sh adds it).
# A compiler without that panic strategy (older than the 1.95 used here), or without rust-src,
# builds the larger module, and says so.
FLAGS="--remap-path-prefix=$PWD=. --remap-path-prefix=${CARGO_HOME:-$HOME/.cargo}=cargo -Zlocation-detail=none"
BUILD_STD=()
if RUSTC_BOOTSTRAP=1 rustc -Zunstable-options -Cpanic=immediate-abort --target wasm32-unknown-unknown \
  --print cfg >/dev/null 2>&1 \
  && [ -f "$(rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.lock" ]; then
  FLAGS="$FLAGS -Zunstable-options -Cpanic=immediate-abort"
  BUILD_STD=(-Zbuild-std=std,panic_abort)
else
  echo "build-pkg: no -Cpanic=immediate-abort or no rust-src here: the module is ~11 kB larger" >&2
fi
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$FLAGS"
RUSTC_BOOTSTRAP=1 cargo rustc --lib --profile wasm-release --target wasm32-unknown-unknown --crate-type cdylib \
  ${BUILD_STD[@]+"${BUILD_STD[@]}"}
rm -rf pkg
# --keep-debug: the function names, which scripts/drop-closure-adapters.mjs reads (wasm-opt's
# --strip-debug below removes them)
wasm-bindgen --target web --keep-debug --out-dir pkg --out-name vanban \
  "$TARGET_DIR/wasm32-unknown-unknown/wasm-release/vanban.wasm"
node scripts/drop-closure-adapters.mjs pkg/vanban_bg.wasm
# NOT Debian's binaryen (wasm-opt 108 silently breaks wasm-bindgen's externref table)
# --low-memory-unused: Rust lays the stack first (addresses 0 to 1 MiB, growing down), so the low
# KiB is reached only by a stack overflow; binaryen may fold small offsets into loads (−0.6 kB).
# The producers and target-features sections are notes for tools, not code (−0.2 kB).
# --flatten --rereloop -Oz --converge: the control flow rebuilt and shrunk again (−0.8 kB
# gzipped; the same findings on the 1 083 seed and corpus texts, the same speed in Node).
# --merge-similar-functions --merge-locals --simplify-locals -Oz: functions that differ only in
# constants merged, then shrunk once more (−0.4 kB gzipped; the same lint, outline and fixAll
# JSON on the 1 202 seed, corpus and example texts, the same speed in Node).
# A last -Oz, run on the written module (the features the first run read from its
# target-features section, stripped since, named by hand): read back, the "converged" output
# still shrinks once more (−0.1 kB gzipped by Node's zlib, 2026-12-05; in the same run, no).
# One -Oz, not -Oz --converge: the same bytes of code laid out so that they compress 0.15 kB
# better (2026-12-05, session 5: 308 025 against 308 168 bytes; more -Oz runs change nothing).
node_modules/.bin/wasm-opt -Oz --converge --low-memory-unused --flatten --rereloop -Oz --converge \
  --merge-similar-functions --merge-locals --simplify-locals -Oz --converge \
  --strip-producers --strip-target-features --strip-debug pkg/vanban_bg.wasm -o pkg/vanban_bg.wasm
node_modules/.bin/wasm-opt --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
  -Oz pkg/vanban_bg.wasm -o pkg/vanban_bg.wasm
# the rule documentation, kept out of the .wasm (14 KB gzipped): generated by the CLI from
# the same doc comments as `vanban explain`, then put in the package's shape by npm/build.mjs
cargo run --quiet --bin vanban -- rules --format json > pkg/rules.json
VERSION=$(awk -F'"' '/^version = / {print $2; exit}' Cargo.toml)
node npm/build.mjs "$VERSION"
# the demo and the tests import the package by its name, as an application does
mkdir -p node_modules && ln -sfn ../pkg node_modules/vanban
printf 'pkg/vanban_bg.wasm: %s bytes, %s gzipped (-9)\n' \
  "$(stat -c%s pkg/vanban_bg.wasm)" "$(gzip -9c pkg/vanban_bg.wasm | wc -c)"
