#!/usr/bin/env bash
# The Windows build of the CLI under Wine, next to the Linux build: each
# command runs on both, in two folders holding the same input, and its
# standard output, exit code and the files it writes must be the same byte
# for byte. Run by scripts/test.sh when Wine is installed.
#
# What is normalized, and only there: `backup` and `backup --list` print
# the backup's path, which Windows writes with `\` (backups\jalga-….sqlite3);
# their output is compared with `\` read as `/`. Everything else, PDFs,
# CSVs (the Excel one with its byte-order mark and CRLF), JSON, messages in
# Kazakh and Russian, is compared as it is.
#
#   scripts/wine-smoke.sh            build both CLIs (debug) and compare
#   JALGA_KEEP_SMOKE=1 ...           keep the scratch folder to look at
#   JALGA_SMOKE_LINUX=… JALGA_SMOKE_WINDOWS=…   compare these two builds
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=windows/cross-env.sh
. scripts/windows/cross-env.sh

if ! wine=$(find_wine); then
  echo "Wine smoke test skipped: no wine64 (scripts/install-deps.sh installs it)"
  exit 0
fi
windows_tools gcc-mingw-w64-x86-64
started=$SECONDS

target_dir=$(cd "${CARGO_TARGET_DIR:-target}" 2>/dev/null && pwd || echo "$PWD/target")
linux_exe=${JALGA_SMOKE_LINUX:-$target_dir/debug/jalga}
windows_exe=${JALGA_SMOKE_WINDOWS:-$target_dir/$WIN_TARGET/debug/jalga.exe}
# JALGA_SMOKE_LINUX and JALGA_SMOKE_WINDOWS name given builds (release ones,
# say, or the Linux CLI test.sh has just built); a side not given is built
# here, in debug.
[ -n "${JALGA_SMOKE_LINUX:-}" ] || cargo build --locked --quiet -p jalga-cli
[ -n "${JALGA_SMOKE_WINDOWS:-}" ] || cargo build --locked --quiet -p jalga-cli --target "$WIN_TARGET"
linux_exe=$(realpath "$linux_exe")
windows_exe=$(realpath "$windows_exe")
built=$SECONDS

scratch=$(mktemp -d)
cleanup() {
  wineserver -k >/dev/null 2>&1 || true
  if [ -n "${JALGA_KEEP_SMOKE:-}" ]; then echo "kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
wine_prefix "$scratch"
wine_boot "$wine"
unset JALGA_DB JALGA_LANG JALGA_PASSPHRASE JALGA_NEW_PASSPHRASE

for side in linux windows; do
  mkdir -p "$scratch/$side"
  cp assets/samples/lease-astana.json "$scratch/$side/lease.json"
done

failed=0
fail() { echo "  DIFFERS: $*"; failed=1; }

# run STEP ARGS...: runs `jalga ARGS` on both sides; keeps stdout and the
# exit code as STEP.out and STEP.rc in each side's folder.
run() {
  local step=$1 rc
  shift
  rc=0
  (cd "$scratch/linux" && "$linux_exe" "$@" >"$step.out" 2>"$step.err") || rc=$?
  echo "$rc" >"$scratch/linux/$step.rc"
  rc=0
  (cd "$scratch/windows" && "$wine" "$windows_exe" "$@" >"$step.out" 2>"$step.err") || rc=$?
  echo "$rc" >"$scratch/windows/$step.rc"
}

# same STEP [normalize]: the step's output and exit code agree.
same() {
  local step=$1 win="$scratch/windows/$1.out"
  if [ "${2:-}" = paths ]; then
    tr '\\' / <"$win" >"$win.norm"
    win="$win.norm"
  fi
  cmp -s "$scratch/linux/$step.rc" "$scratch/windows/$step.rc" ||
    fail "$step: exit code $(cat "$scratch/linux/$step.rc") on Linux, $(cat "$scratch/windows/$step.rc") on Windows"
  if cmp -s "$scratch/linux/$step.out" "$win"; then
    printf '  same: %-16s exit %s, %s bytes of output\n' "$step" "$(cat "$scratch/linux/$step.rc")" "$(wc -c <"$win")"
  else
    fail "$step: output"
    diff "$scratch/linux/$step.out" "$win" | head -n 20 || true
    sed 's/^/  windows stderr: /' "$scratch/windows/$step.err" | head -n 5
  fi
}

# file NAME: a file both sides wrote is the same.
file() {
  if [ ! -f "$scratch/windows/$1" ] || [ ! -f "$scratch/linux/$1" ]; then
    fail "$1: missing"
  elif cmp -s "$scratch/linux/$1" "$scratch/windows/$1"; then
    printf '  same: %-16s %s bytes\n' "$1" "$(wc -c <"$scratch/linux/$1")"
  else
    fail "$1: contents"
  fi
}

echo "Identity numbers and the area norm"
run check-iin check-iin 900101300017 880512400123 12345
same check-iin
run norm norm --area 35.7 --basis useful --occupants 3 --date 2026-09-01
same norm
run norm-kk --lang kk norm --area 35.7 --basis useful --occupants 3 --date 2026-09-01 --json
same norm-kk

echo "Demo, export, import, export again"
run demo --db demo.db demo
same demo
run export-json --db demo.db export --format json bundle.json
same export-json
file bundle.json
run export-csv --db demo.db export --format csv registrations.csv
same export-csv
file registrations.csv
run export-excel --db demo.db export --format excel-csv excel.csv
same export-excel
file excel.csv
run import --db copy.db import bundle.json
same import
run export-again --db copy.db export --format json again.json
same export-again
file again.json
cmp -s "$scratch/windows/bundle.json" "$scratch/windows/again.json" ||
  fail "the Windows import of its own export does not export the same"

echo "Documents"
run pdf --lang kk+ru pdf agreement --data lease.json --out agreement.pdf
same pdf
file agreement.pdf
run verify verify agreement.pdf
same verify

echo "Audit"
run audit --db demo.db audit --json --today 2026-12-01
same audit

echo "Backup and restore"
run init --db live.db init
same init
run export-empty --db live.db export --format json empty.json
same export-empty
run backup --db live.db backup
same backup paths
run backup-list --db live.db backup --list
same backup-list paths
run fill --db live.db import bundle.json
same fill
backup_name=$(cd "$scratch/linux/backups" && ls jalga-*.sqlite3 | head -n1)
run restore --db live.db restore "backups/$backup_name"
same restore
run export-restored --db live.db export --format json restored.json
same export-restored
file restored.json
cmp -s "$scratch/windows/empty.json" "$scratch/windows/restored.json" ||
  fail "the Windows restore did not bring back the backed-up (empty) database"

echo "Built in $((built - started)) s; compared in $((SECONDS - built)) s."
if [ "$failed" -ne 0 ]; then
  echo "The Windows CLI under Wine differs from the Linux CLI (scratch kept: JALGA_KEEP_SMOKE=1)." >&2
  exit 1
fi
echo "The Windows CLI under Wine gave the same bytes as the Linux CLI."
