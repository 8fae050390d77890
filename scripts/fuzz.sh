#!/usr/bin/env bash
# Fuzzes vanban with cargo-fuzz (libFuzzer): `lint`, the document parser, the .docx reader and
# the config parser (fuzz/fuzz_targets/). Each target runs for SECONDS_PER_TARGET seconds, one
# after the other on one core, from its corpus in fuzz/corpus/<target>/ (kept between runs,
# ignored by git), seeded from fuzz/seeds/ and the repository's own documents.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     default: 60 s, lint parse docx config
#
# Exits non-zero if any target found a crash (a panic, a failed assertion, an input slower than
# FUZZ_TIMEOUT seconds (default 5: a slow input is a super-linear path, a finding too) or over
# 2 GB of memory) and prints the file that reproduces it:
#   cargo +nightly fuzz run <target> <file>          (or RUSTC_BOOTSTRAP=1 cargo fuzz run …)
# Every crash becomes a regression test in tests/fuzz_regressions.rs.
#
# Toolchain: cargo-fuzz passes -Z flags, so it needs nightly; when no nightly toolchain is
# installed (a CI machine may have only stable), RUSTC_BOOTSTRAP=1 lets stable accept them.
# FUZZ_TOOLCHAIN=stable|nightly forces one; FUZZ_SANITIZER=none|address (default address).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

SECS="${1:-60}"
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(lint parse docx config)
TIMEOUT="${FUZZ_TIMEOUT:-5}"
SANITIZER="${FUZZ_SANITIZER:-address}"

if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz"
  cargo install cargo-fuzz --locked || cargo install cargo-fuzz
fi

TOOLCHAIN="${FUZZ_TOOLCHAIN:-}"
if [ -z "$TOOLCHAIN" ]; then
  if rustup toolchain list 2>/dev/null | grep -q '^nightly'; then TOOLCHAIN=nightly; else TOOLCHAIN=stable; fi
fi
if [ "$TOOLCHAIN" = nightly ]; then
  FUZZ=(cargo +nightly fuzz)
else
  FUZZ=(cargo fuzz)
  # rustup's stable if there is one, else whatever cargo is on PATH
  rustup toolchain list 2>/dev/null | grep -q '^stable' && FUZZ=(cargo +stable fuzz)
  export RUSTC_BOOTSTRAP=1
fi
COMMON=(--sanitizer "$SANITIZER")
[ -n "${CARGO_TARGET_DIR:-}" ] && COMMON+=(--target-dir "$CARGO_TARGET_DIR")
echo "fuzz: $(cargo fuzz --version), toolchain $TOOLCHAIN, sanitizer $SANITIZER, ${SECS}s per target: ${TARGETS[*]}"

# debug assertions stay on (cargo-fuzz's default): integer overflow is a finding too
"${FUZZ[@]}" build "${COMMON[@]}"

seed() { # seed TARGET FILES...: copies the starting inputs into the target's corpus
  local dir="fuzz/corpus/$1"
  shift
  mkdir -p "$dir"
  for f in "$@"; do [ -f "$f" ] && cp "$f" "$dir/seed-$(basename "$f")"; done
  return 0
}
shopt -s nullglob globstar
TEXTS=(fuzz/seeds/text/* examples/*.txt tests/fixtures/clean/*.txt tests/fixtures/encodings/* ../shared/seeds/*.txt)
# the inputs that once crashed a target (tests/fuzz_regressions.rs) are seeds too
seed lint "${TEXTS[@]}" tests/fixtures/fuzz/lint/*
seed parse "${TEXTS[@]}" tests/fixtures/fuzz/parse/*
seed docx fuzz/seeds/docx/* tests/fixtures/fuzz/docx/*
seed config fuzz/seeds/config/* examples/*.toml tests/fixtures/fuzz/config/*

mkdir -p fuzz/logs
FAILED=()
for t in "${TARGETS[@]}"; do
  case "$t" in
    lint | parse) max_len=65536 dict=text ;;
    docx) max_len=262144 dict=docx ;;
    config) max_len=65536 dict=config ;;
    *) echo "fuzz: unknown target $t (lint parse docx config)" >&2; exit 2 ;;
  esac
  log="fuzz/logs/$t.log"
  mkdir -p "fuzz/artifacts/$t"
  marker=$(mktemp)
  echo "fuzz: $t for ${SECS}s (log: $log)"
  status=0
  "${FUZZ[@]}" run "${COMMON[@]}" "$t" "fuzz/corpus/$t" -- \
    -max_total_time="$SECS" -rss_limit_mb=2048 -max_len="$max_len" -timeout="$TIMEOUT" \
    -dict="fuzz/dict/$dict.dict" -print_final_stats=1 >"$log" 2>&1 || status=$?
  # the summary: libFuzzer's last status line and its final statistics
  grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true
  grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" || true
  echo "fuzz: $t corpus: $(find "fuzz/corpus/$t" -type f | wc -l) files"
  crashes=$(find "fuzz/artifacts/$t" -type f -newer "$marker")
  rm -f "$marker"
  if [ "$status" -ne 0 ] || [ -n "$crashes" ]; then
    echo "fuzz: $t FAILED (exit $status); the end of $log:"
    tail -n 40 "$log"
    for c in $crashes; do echo "fuzz: crash input: $c"; done
    FAILED+=("$t")
  fi
done

if [ ${#FAILED[@]} -gt 0 ]; then
  echo "fuzz: crashes in: ${FAILED[*]}"
  exit 1
fi
echo "fuzz: no crash in ${TARGETS[*]}"
