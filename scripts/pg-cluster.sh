#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for the tests: made with initdb in a
# temporary folder, run by a non-root system user, listening on 127.0.0.1
# only on a free port, with trust authentication (nothing else can reach it).
#
#   scripts/pg-cluster.sh start        starts one; prints `export` lines for
#                                      JALGA_TEST_PG_URL and JALGA_TEST_PG_DIR
#   scripts/pg-cluster.sh start --tls  the same with ssl=on: a throwaway CA
#                                      (openssl CLI) signs the server's
#                                      certificate for localhost/127.0.0.1;
#                                      also prints JALGA_TEST_PG_CA (that CA)
#                                      and JALGA_TEST_PG_OTHER_CA (a CA that
#                                      signed nothing here: a wrong root)
#   scripts/pg-cluster.sh stop DIR     stops the cluster in DIR and removes DIR
#   scripts/pg-cluster.sh run [--tls] CMD...
#                                      starts one, runs CMD with the variables
#                                      set, stops it on exit (also on failure
#                                      or Ctrl-C) and exits with CMD's status
#
# As root (CI on Debian 12) the cluster runs as the `postgres` system user,
# created if missing; initdb refuses to run as root. The durability settings
# are off: the data lives only as long as the tests.
set -euo pipefail

PGBIN=${JALGA_PG_BIN:-/usr/lib/postgresql/15/bin}

die() { echo "pg-cluster: $*" >&2; exit 1; }

[ -x "$PGBIN/initdb" ] || die "no $PGBIN/initdb: install postgresql-15 (scripts/install-deps.sh)"

# Who runs the server: ourselves, or `postgres` when we are root.
if [ "$(id -u)" -eq 0 ]; then
  PGUSER_OS=postgres
  if ! id -u "$PGUSER_OS" >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$PGUSER_OS"
  fi
  as_server() { runuser -u "$PGUSER_OS" -- "$@"; }
else
  PGUSER_OS=$(id -un)
  as_server() { "$@"; }
fi

free_port() {
  # The kernel's pick of a free port; without Python, a random high one
  # (a taken port fails the start, which is tried again).
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()' 2>/dev/null \
    || shuf -i 20000-60000 -n 1
}

stop() {
  local dir=$1
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  # Only a folder this script made: it holds the marker written at start.
  [ -e "$dir/jalga-test-cluster" ] || die "$dir is not a test cluster of this script"
  if [ -e "$dir/data/postmaster.pid" ]; then
    as_server "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
}

# A CA, the server's certificate it signs, and another CA, in $1/tls.
make_tls() {
  local t=$1/tls
  mkdir -p "$t"
  command -v openssl >/dev/null || fail "--tls needs the openssl command"
  for ca in ca other-ca; do
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Jalga test $ca" \
      -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" \
      -keyout "$t/$ca.key" -out "$t/$ca.crt" >/dev/null 2>&1
  done
  openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" \
    -keyout "$t/server.key" -out "$t/server.csr" >/dev/null 2>&1
  printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
    "keyUsage=critical,digitalSignature,keyEncipherment" "extendedKeyUsage=serverAuth" >"$t/server.ext"
  openssl x509 -req -in "$t/server.csr" -CA "$t/ca.crt" -CAkey "$t/ca.key" -CAcreateserial \
    -days 2 -extfile "$t/server.ext" -out "$t/server.crt" >/dev/null 2>&1
  # The server refuses a key others can read.
  chmod 600 "$t/server.key"
  chown "$PGUSER_OS" "$t/server.key" "$t/server.crt"
}

start() {
  local dir port attempt tls=false ssl_opts=""
  [ "${1:-}" = "--tls" ] && tls=true
  dir=$(mktemp -d "${TMPDIR:-/tmp}/jalga-pg.XXXXXX")
  touch "$dir/jalga-test-cluster"
  chown "$PGUSER_OS" "$dir"
  # Whatever happens before the cluster is up, leave nothing behind.
  fail() { stop "$dir"; die "$@"; }
  trap 'fail "interrupted or failed"' ERR INT TERM
  as_server "$PGBIN/initdb" -D "$dir/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; fail "initdb failed"; }
  if $tls; then
    make_tls "$dir"
    ssl_opts=" -c ssl=on -c ssl_cert_file=$dir/tls/server.crt -c ssl_key_file=$dir/tls/server.key"
  fi
  # A free port can be taken between asking and binding: try a few.
  for attempt in 1 2 3 4 5; do
    port=$(free_port)
    if as_server "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200$ssl_opts" \
        start >/dev/null 2>&1; then
      break
    fi
    [ "$attempt" -lt 5 ] || { cat "$dir/server.log" >&2; fail "the server did not start"; }
  done
  "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$port" -t 30 || fail "the server does not answer"
  trap - ERR INT TERM
  echo "export JALGA_TEST_PG_URL=postgres://postgres@127.0.0.1:$port/postgres"
  echo "export JALGA_TEST_PG_DIR=$dir"
  if $tls; then
    echo "export JALGA_TEST_PG_CA=$dir/tls/ca.crt"
    echo "export JALGA_TEST_PG_OTHER_CA=$dir/tls/other-ca.crt"
  fi
}

case "${1:-}" in
  start) start "${2:-}" ;;
  stop) stop "${2:-}" ;;
  run)
    shift
    opt=""
    if [ "${1:-}" = "--tls" ]; then opt=--tls; shift; fi
    [ $# -gt 0 ] || die "run needs a command"
    eval "$(start $opt)"
    trap 'stop "$JALGA_TEST_PG_DIR"' EXIT
    trap 'exit 130' INT TERM
    set +e
    "$@"
    status=$?
    set -e
    exit "$status"
    ;;
  *) die "usage: $0 start [--tls] | stop DIR | run [--tls] CMD..." ;;
esac
