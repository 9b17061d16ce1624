#!/usr/bin/env bash
# Installs the .deb on a clean Debian 12 made with debootstrap and starts the
# app there under Xvfb until its window appears. Slow (downloads a base
# system the first time); not part of scripts/test.sh. Needs root.
#   scripts/test-deb.sh [PATH.deb]   default: the newest built by package.sh
# The root is kept in $JALGA_DEB_ROOT (default /var/tmp/jalga-deb-root) and
# reused; delete it for a really fresh start.
set -euo pipefail
cd "$(dirname "$0")/.."

deb=${1:-$(ls -t "${CARGO_TARGET_DIR:-target}"/release/bundle/deb/*.deb 2>/dev/null | head -n1)}
[ -f "$deb" ] || { echo "error: no .deb (run scripts/package.sh deb first)" >&2; exit 2; }
root=${JALGA_DEB_ROOT:-/var/tmp/jalga-deb-root}
[ "$(id -u)" -eq 0 ] || { echo "error: needs root (debootstrap, chroot)" >&2; exit 2; }
say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

if [ ! -x "$root/usr/bin/apt-get" ]; then
  command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
  say "debootstrap bookworm into $root"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian
fi

mounts=(proc sys dev dev/pts)
cleanup() {
  for ((i=${#mounts[@]}-1; i>=0; i--)); do
    mountpoint -q "$root/${mounts[$i]}" && umount -l "$root/${mounts[$i]}" || true
  done
}
trap cleanup EXIT
mount -t proc proc "$root/proc"
mount --rbind /sys "$root/sys"
mount --rbind /dev "$root/dev"
mountpoint -q "$root/dev/pts" || mount -t devpts devpts "$root/dev/pts"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/jalga.deb"

in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

say "apt-get install ./jalga.deb (and Xvfb to show it on)"
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
  /tmp/jalga.deb xvfb xauth x11-utils >/dev/null
in_root dpkg -s jalga | sed -n '1,/^Description/p'

app=$(in_root dpkg -L jalga | grep '^/usr/bin/' | head -n1)
say "starting $app under Xvfb"
in_root sh -c "rm -rf /tmp/jalga-data; xvfb-run -a -s '-screen 0 1280x900x24' sh -c '
  $app --data-dir /tmp/jalga-data > /tmp/jalga-app.log 2>&1 &
  pid=\$!
  for i in \$(seq 1 60); do
    if xwininfo -root -tree 2>/dev/null | grep -q \"\\\"Jalga\\\"\"; then
      echo \"window: \$(xwininfo -root -tree | grep \"\\\"Jalga\\\"\" | head -n1 | sed \"s/^ *//\")\"
      ls -l /tmp/jalga-data
      kill \$pid; exit 0
    fi
    kill -0 \$pid 2>/dev/null || break
    sleep 1
  done
  echo \"no window; the app said:\"; cat /tmp/jalga-app.log; kill \$pid 2>/dev/null; exit 1
'"
say "the app started and showed its window on a clean Debian 12"
