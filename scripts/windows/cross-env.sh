# Sourced by scripts/build-windows.sh and scripts/wine-smoke.sh: the
# Windows target, the mingw-w64 toolchain for the C parts (SQLCipher and
# the OpenSSL it is built with, both compiled from source), and Wine.

WIN_TARGET=x86_64-pc-windows-gnu
# Debian's mingw-w64 compilers, named for the C builds of the -sys crates
# (cc reads CC_<target>/AR_<target>; openssl-src configures "mingw64" with
# the same CC and needs the matching ar and ranlib) and for the final link.
export CC_x86_64_pc_windows_gnu=x86_64-w64-mingw32-gcc
export CXX_x86_64_pc_windows_gnu=x86_64-w64-mingw32-g++
export AR_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ar
export RANLIB_x86_64_pc_windows_gnu=x86_64-w64-mingw32-ranlib
export WINDRES_x86_64_pc_windows_gnu=x86_64-w64-mingw32-windres
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc
export PATH="$HOME/.cargo/bin:$PATH"

# Installs (once) the Rust target and the Debian packages named in "$@".
windows_tools() {
  local missing=() p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    printf '\033[1m==> %s\033[0m\n' "apt: installing ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
  rustup target list --installed | grep -qx "$WIN_TARGET" || rustup target add "$WIN_TARGET"
}

# The 64-bit Wine loader: Debian's `wine` front end runs wine64 when there
# is no 32-bit wine; other systems name it wine64.
find_wine() {
  local w
  for w in wine64 /usr/lib/wine/wine64 wine; do
    if command -v "$w" >/dev/null 2>&1; then
      command -v "$w"
      return 0
    fi
  done
  return 1
}

# A throwaway Wine prefix under $1, quiet, with no Mono or Gecko prompts and
# no display needed. Sets WINEPREFIX, WINEDEBUG, WINEDLLOVERRIDES.
wine_prefix() {
  export WINEPREFIX="$1/wineprefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
  export WINEARCH=win64
  mkdir -p "$WINEPREFIX"
  unset DISPLAY WAYLAND_DISPLAY
}

# Starts the prefix that wine_prefix named with the Wine at $1. Wine 8
# (Debian 12) lacks bcryptprimitives.dll, from which Rust programs take
# their random numbers; a stand-in built from wine-processprng.c goes into
# the prefix (never into a package). Wine 9 and later bring their own.
wine_boot() {
  local wine=$1 sys="$WINEPREFIX/drive_c/windows/system32"
  "$wine" wineboot --init >/dev/null 2>&1
  wineserver -w
  if [ ! -e "$sys/bcryptprimitives.dll" ]; then
    x86_64-w64-mingw32-gcc -O2 -shared -s -Wl,--kill-at -o "$sys/bcryptprimitives.dll" \
      "$(dirname "${BASH_SOURCE[0]}")/wine-processprng.c" -ladvapi32
  fi
}
