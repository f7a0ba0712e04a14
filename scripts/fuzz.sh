#!/usr/bin/env bash
# Deep mode: coverage-guided fuzzing with cargo-fuzz (libFuzzer) for FUZZ_SECONDS (default 60),
# seeded with every payload in tests/cases. The stable toolchain is enough: RUSTC_BOOTSTRAP
# lets cargo-fuzz pass its sanitizer flags. Prints libFuzzer's final stats.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${TOOLS_DIR:=$HOME/.cache/klarna-precheck}"
: "${FUZZ_SECONDS:=60}"
CARGO_FUZZ="$TOOLS_DIR/cargo-fuzz/bin/cargo-fuzz"
if [ ! -x "$CARGO_FUZZ" ]; then
  echo "fuzz: installing cargo-fuzz into $TOOLS_DIR (once)"
  cargo install --quiet --root "$TOOLS_DIR/cargo-fuzz" cargo-fuzz
fi
corpus=fuzz/corpus/validate
mkdir -p "$corpus"
node -e '
  const fs = require("fs");
  for (const f of fs.readdirSync("tests/cases")) {
    const c = JSON.parse(fs.readFileSync(`tests/cases/${f}`, "utf8"));
    fs.writeFileSync(`'"$corpus"'/case-${f}`, c.payload_text ?? JSON.stringify(c.payload));
  }'
cd fuzz
RUSTC_BOOTSTRAP=1 "$CARGO_FUZZ" run validate corpus/validate -- -max_total_time="$FUZZ_SECONDS" -max_len=65536 -print_final_stats=1 2>&1 \
  | grep -E "^(#[0-9]+.*(DONE|INITED)|stat::|Done|==.*ERROR|SUMMARY|panicked)" || true
test "${PIPESTATUS[0]}" -eq 0
