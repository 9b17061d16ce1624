#!/usr/bin/env bash
# Installs everything, builds the app, seeds a demo database in a fresh data
# folder, and opens the app on it. With no display, runs under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

scripts/install-deps.sh
(cd ui && npm run --silent build)
cargo build --locked --workspace --bins

data_dir=${JALGA_DATA_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/jalga-demo-XXXXXX")}
mkdir -p "$data_dir"
echo "==> Data folder: $data_dir"
if [ ! -e "$data_dir/jalga.sqlite3" ]; then
  # A realistic sample: dwellings in Astana and Almaty, citizens and
  # foreigners, leases, registrations in every status.
  target/debug/jalga --db "$data_dir/jalga.sqlite3" demo
fi

app=(target/debug/jalga-app --data-dir "$data_dir")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "==> No display: running under Xvfb"
  exec xvfb-run -a -s "-screen 0 1280x900x24" "${app[@]}"
fi
exec "${app[@]}"
