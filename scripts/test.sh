#!/usr/bin/env bash
# Runs every test Jalga has: formatting, lints, the UI's type check and unit
# tests, the Rust tests, and the end-to-end tests on the real app under Xvfb.
# Installs what it needs first (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR=${CARGO_TERM_COLOR:-never}
# A test that needs an outside tool (pdftotext, pdffonts, qpdf) fails here
# when the tool is missing instead of skipping its checks.
export JALGA_REQUIRE_TOOLS=1

step() { printf '\n\033[1m==> %s\033[0m\n' "$*"; }
started=$SECONDS

step "Installing what the tests need"
scripts/install-deps.sh

step "UI: type check, unit tests, build (the app embeds ui/dist)"
(cd ui && npm run --silent check && npm run --silent test && npm run --silent build)

step "Rust: formatting"
cargo fmt --all --check

step "Rust: clippy"
cargo clippy --workspace --all-targets --locked --features jalga-cli/dev-tools,jalga-cli/postgres -- -D warnings

step "Rust: tests (also regenerates ui/src/bindings from the Rust types)"
# A throwaway PostgreSQL cluster for the office server backend's tests
# (JALGA_TEST_PG_URL); stopped after the tests, and on any failure or exit.
pg_env=$(scripts/pg-cluster.sh start --tls)
eval "$pg_env"
trap 'scripts/pg-cluster.sh stop "$JALGA_TEST_PG_DIR"' EXIT
# dev-tools: the CLI's gen-city, bench and crash-writer, which its tests and
# the end-to-end tests use; the default build has none of them. postgres:
# the office server backend, tested against the cluster above.
cargo test --workspace --locked --features jalga-cli/dev-tools,jalga-cli/postgres
scripts/pg-cluster.sh stop "$JALGA_TEST_PG_DIR"
trap - EXIT
unset JALGA_TEST_PG_URL JALGA_TEST_PG_DIR JALGA_TEST_PG_CA JALGA_TEST_PG_OTHER_CA

step "Generated TypeScript types match the Rust structs"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  stale=$(git status --porcelain -- ui/src/bindings)
  if [ -n "$stale" ]; then
    echo "ui/src/bindings is out of date with the Rust types; commit the regenerated files:" >&2
    echo "$stale" >&2
    exit 1
  fi
fi

step "Building the app and the CLI"
cargo build --locked --workspace --bins --features jalga-cli/dev-tools,jalga-cli/postgres

step "End-to-end: the real app under Xvfb, through tauri-driver + WebKitWebDriver"
# Another throwaway cluster for the app on an office server (server.test.mjs).
pg_env=$(scripts/pg-cluster.sh start)
eval "$pg_env"
trap 'scripts/pg-cluster.sh stop "$JALGA_TEST_PG_DIR"' EXIT
(cd tests/e2e && xvfb-run -a -s "-screen 0 1280x900x24" npm test)
scripts/pg-cluster.sh stop "$JALGA_TEST_PG_DIR"
trap - EXIT
unset JALGA_TEST_PG_URL JALGA_TEST_PG_DIR

step "Windows: the CLI cross-built and compared with the Linux one under Wine"
JALGA_SMOKE_LINUX="${CARGO_TARGET_DIR:-target}/debug/jalga" scripts/wine-smoke.sh

printf '\nAll tests passed in %d s.\n' $((SECONDS - started))
