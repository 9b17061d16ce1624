#!/usr/bin/env bash
# Builds the installers: a .deb and an AppImage of the desktop app, in
# release mode, with the Tauri bundler (ui/node_modules/.bin/tauri).
#   scripts/package.sh            both
#   scripts/package.sh deb        one of them (deb | appimage)
# The AppImage step downloads linuxdeploy and its plugins from GitHub the
# first time; without access to GitHub only the .deb can be built.
# Prints where the packages were written.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bundles=${1:-deb,appimage}
target_dir=${CARGO_TARGET_DIR:-target}

[ -x ui/node_modules/.bin/tauri ] || (cd ui && npm install --no-audit --no-fund)
# The app embeds ui/dist: build the front end first.
(cd ui && npm run --silent build)
# tauri reads tauri.conf.json from here (the app package's folder).
ui/node_modules/.bin/tauri build --bundles "$bundles" -- --locked

echo "==> Packages:"
find "$target_dir/release/bundle" \( -name '*.deb' -o -name '*.AppImage' \) -print
