#!/usr/bin/env bash
# Builds Jalga for 64-bit Windows on Debian 12, with no Windows machine:
#   dist/Jalga-<version>-setup.exe   an installer (Debian's makensis, our
#                                    own scripts/windows/jalga.nsi)
#   dist/Jalga-<version>-windows-x64.zip   the same files, portable
#
#   scripts/build-windows.sh           build both
#   scripts/build-windows.sh --check   build, then install the setup under
#                                      Wine, list what it put where, run its
#                                      uninstaller and show that it is gone
#
# Installs what it needs first (the Rust target, mingw-w64, nsis, zip; wine
# for --check), and does nothing that is already done. The Windows build
# lives in target/x86_64-pc-windows-gnu/ beside the Linux one.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=windows/cross-env.sh
. scripts/windows/cross-env.sh

check=false
case "${1:-}" in
  --check) check=true ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
started=$SECONDS

packages=(gcc-mingw-w64-x86-64 nsis zip)
$check && packages+=(wine wine64)
windows_tools "${packages[@]}"

avail_kb=$(df -Pk . | awk 'NR==2 {print $4}')
if [ "$avail_kb" -lt $((5 * 1024 * 1024)) ]; then
  echo "warning: less than 5 GB free here; the Windows release build needs about 3 GB" >&2
fi

version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n1)
target_dir=${CARGO_TARGET_DIR:-target}
out="$target_dir/$WIN_TARGET/release"

say "UI: building ui/dist (the app embeds it)"
# Installed again whenever the lock file changed since (as install-deps does).
if ! cmp -s ui/package-lock.json ui/node_modules/.installed-from-lock; then
  (cd ui && npm install --no-audit --no-fund --loglevel=error)
  cp ui/package-lock.json ui/node_modules/.installed-from-lock
fi
(cd ui && npm run --silent build)

say "cargo: jalga-app.exe and jalga.exe for $WIN_TARGET, release"
nice cargo build --release --locked --target "$WIN_TARGET" -p jalga -p jalga-cli --bins

# The gnu target loads WebView2 through WebView2Loader.dll beside the exe;
# webview2-com-sys leaves the one for this architecture in its build output.
dll=$(find "$out/build" -path '*webview2-com-sys-*/out/x64/WebView2Loader.dll' -printf '%T@ %p\n' 2>/dev/null |
  sort -nr | head -n1 | cut -d' ' -f2-)
[ -n "$dll" ] || { echo "error: WebView2Loader.dll not found under $out/build" >&2; exit 1; }

say "Staging the files"
stage="$target_dir/$WIN_TARGET/stage/Jalga"
rm -rf "$stage"
mkdir -p "$stage/fonts" dist
cp "$out/jalga-app.exe" "$out/jalga.exe" "$dll" "$stage/"
cp assets/icons/icon.ico "$stage/jalga.ico"
cp assets/fonts/OFL.txt "$stage/fonts/OFL.txt"
sed "s/@VERSION@/$version/" scripts/windows/README.txt | sed 's/$/\r/' > "$stage/README.txt"
ls -l "$stage" "$stage/fonts"

setup="dist/Jalga-$version-setup.exe"
zipfile="dist/Jalga-$version-windows-x64.zip"
size_kb=$(du -sk "$stage" | cut -f1)

say "makensis: $setup"
# makensis reads paths from the script's own folder: give it absolute ones.
makensis -V2 -DVERSION="$version" -DSTAGE="$(realpath "$stage")" -DOUTFILE="$PWD/$setup" \
  -DSIZE_KB="$size_kb" scripts/windows/jalga.nsi

say "zip: $zipfile"
rm -f "$zipfile"
(cd "$(dirname "$stage")" && zip -qr -X "$OLDPWD/$zipfile" Jalga)

ls -l "$setup" "$zipfile"
say "Built in $((SECONDS - started)) s"

$check || exit 0

say "Check: installing $setup under Wine, then uninstalling"
wine=$(find_wine) || { echo "error: wine not found" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$scratch"' EXIT
wine_prefix "$scratch"
wine_boot "$wine"
appdata=$("$wine" cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
instdir=$("$wine" winepath -u "$appdata\\Programs\\Jalga" 2>/dev/null)
startmenu=$(find "$WINEPREFIX/drive_c/users" -type d -path '*Start Menu/Programs' | head -n1)
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Jalga'

"$wine" "$setup" /S
wineserver -w
echo "Installed in $instdir:"
(cd "$instdir" && find . -type f -printf '  %P  %s bytes\n' | sort)
echo "Start menu:"
find "$startmenu/Jalga" -type f -printf '  %P\n'
echo "Add/Remove programs ($key):"
"$wine" reg query "$key" 2>/dev/null | tr -d '\r' | sed -n 's/^ *\(DisplayName\|DisplayVersion\|UninstallString\) /  \1 /p'
for f in jalga-app.exe jalga.exe WebView2Loader.dll uninstall.exe fonts/OFL.txt; do
  [ -f "$instdir/$f" ] || { echo "error: $f was not installed" >&2; exit 1; }
done
cmp "$instdir/jalga.exe" "$stage/jalga.exe"
echo "The installed CLI runs:"
"$wine" "$instdir/jalga.exe" check-iin 900101300017 | tr -d '\r' | sed 's/^/  /' || true

"$wine" "$instdir/uninstall.exe" /S
wineserver -w
left=$(find "$instdir" "$startmenu/Jalga" 2>/dev/null || true)
if [ -n "$left" ] || "$wine" reg query "$key" >/dev/null 2>&1; then
  echo "error: the uninstaller left:" >&2
  echo "$left" >&2
  exit 1
fi
echo "Uninstalled: $instdir, the Start-menu entry and the Add/Remove programs key are gone."
