#!/usr/bin/env bash
# Installs everything Jalga needs to build, run and test on Debian 12, and
# does nothing that is already done. Needs root or sudo for apt.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # Tauri 2 on Linux: WebKitGTK 4.1, GTK 3, tray icons, SVG icons.
  build-essential pkg-config curl file libssl-dev libxdo-dev
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev
  # End-to-end tests: a virtual display and WebKit's WebDriver.
  xvfb xauth webkit2gtk-driver
  # The close test asks the window to close as a window manager does.
  python3-xlib
  # Fonts the UI falls back to, and tools to look at what we make.
  fonts-dejavu-core imagemagick poppler-utils qpdf
  # The import benchmark's baseline (`jalga bench import`).
  sqlite3
  # The PDF benchmark's baseline (`jalga bench pdf`): the office suite's
  # word processor converts the same text to PDF.
  libreoffice-writer-nogui
  # The office server backend's tests run against a throwaway PostgreSQL 15
  # cluster (scripts/pg-cluster.sh): the server binaries and psql.
  postgresql-15 postgresql-client-15
  # The Windows build of the CLI and its smoke test under Wine
  # (scripts/wine-smoke.sh): the 64-bit mingw-w64 C compiler for SQLCipher
  # and OpenSSL, 64-bit Wine and Debian's `wine` front end that runs it.
  gcc-mingw-w64-x86-64 wine64 wine
)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "apt: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  say "apt: all ${#APT_PACKAGES[@]} packages present"
fi

for tool in cargo node npm; do
  command -v "$tool" >/dev/null || { echo "error: $tool is required (Rust via rustup, Node.js 20+ with npm)" >&2; exit 1; }
done
rustup component list --installed 2>/dev/null | grep -q '^clippy' || rustup component add clippy rustfmt 2>/dev/null || true
rustup target list --installed 2>/dev/null | grep -qx x86_64-pc-windows-gnu || rustup target add x86_64-pc-windows-gnu

export PATH="$HOME/.cargo/bin:$PATH"
if ! tauri-driver --help 2>/dev/null | grep -q -- '--native-driver'; then
  say "cargo: installing tauri-driver 2.x"
  cargo install tauri-driver --locked --version '^2' --quiet
else
  say "tauri-driver present"
fi

npm_install() {
  # Reinstall only when the lock file changed since the last install.
  local dir=$1 stamp=$1/node_modules/.installed-from-lock
  if cmp -s "$dir/package-lock.json" "$stamp"; then
    say "npm: $dir up to date"
  else
    say "npm: installing in $dir"
    # `npm install` honours the lock file; `npm ci` (npm 11) rejects locks
    # that list only this platform's optional packages (rollup, esbuild).
    (cd "$dir" && npm install --no-audit --no-fund --loglevel=error)
    cp "$dir/package-lock.json" "$stamp"
  fi
}
npm_install ui
npm_install tests/e2e
