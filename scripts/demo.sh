#!/usr/bin/env bash
# The main job: lint the bundled example documents with the CLI, then build the npm package
# and the demo pages and serve them on http://localhost:8080/www/ (PORT=... to change).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
bash scripts/setup.sh

echo "== vanban check examples/"
cargo build --release --quiet
./target/release/vanban check examples/ || true   # exit 1 = findings, which is the point

echo "== building the npm package (pkg/) and the demo (www/)"
bash scripts/build-pkg.sh
node www/build.mjs
exec node www/serve.mjs "${PORT:-8080}"
