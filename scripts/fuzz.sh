#!/usr/bin/env bash
# Runs the fuzz targets in fuzz/ one after another, each for a fixed time,
# and prints each run's last status line (executions, corpus, crashes).
#   scripts/fuzz.sh [SECONDS] [TARGET...]    default: 600 s, every target
# Needs cargo-fuzz (`cargo install cargo-fuzz`) and nightly features; on a
# stable toolchain RUSTC_BOOTSTRAP=1 unlocks them. Crashes land in
# fuzz/artifacts/<target>/; add each as fuzz/corpus/<target>/seed-regress-*
# once fixed, so the core's tests replay it on stable Rust.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH" RUSTC_BOOTSTRAP=${RUSTC_BOOTSTRAP:-1}

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(bundle_json registrations_csv verify_pdf iin_bin fields document_data deadline_input office_file)
logs=${FUZZ_LOGS:-$(mktemp -d "${TMPDIR:-/tmp}/jalga-fuzz-XXXXXX")}

cargo fuzz build --sanitizer none
for t in "${targets[@]}"; do
  # Generated inputs grow in a scratch folder; the committed seeds are read only.
  work="$logs/corpus-$t"
  mkdir -p "$work"
  echo "==> $t for ${seconds}s (log: $logs/$t.log)"
  status=0
  nice -n 10 cargo fuzz run --sanitizer none "$t" "$work" "fuzz/corpus/$t" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 -print_final_stats=1 \
    >"$logs/$t.log" 2>&1 || status=$?
  grep -E '^#[0-9]+.*(DONE|pulse)' "$logs/$t.log" | tail -n1 || true
  grep -E '^stat::(number_of_executed_units|new_units_added|peak_rss_mb)' "$logs/$t.log" || true
  echo "    corpus files: $(ls "$work" | wc -l), crashes: $(ls fuzz/artifacts/"$t" 2>/dev/null | wc -l), exit: $status"
done
