#!/usr/bin/env bash
# Performance of Sapar's desktop app under a virtual display, on a wallet of 10 000
# signed tickets: cold start to the wallet shown, opening a ticket, idle memory (PSS of
# the app and its WebKit processes) beside a bare Tauri window measured in the same run,
# and memory growth after opening and closing 200 tickets.
#
#   bash scripts/perf.sh            # SAPAR_PERF_TICKETS=10000 SAPAR_PERF_LAUNCHES=5
#
# Prints the figures and writes them to tests/e2e/out/perf.json. It measures the release
# build, as users run it (SAPAR_PERF_PROFILE=debug measures the debug build the
# end-to-end tests drive); the bare window is built the same way.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/desktop-harness.sh
source scripts/desktop-harness.sh

export HARNESS_PROFILE="${SAPAR_PERF_PROFILE:-release}"
if [ -z "${SAPAR_HARNESS_INSIDE:-}" ]; then
  harness_build seed_wallet bare_window
  echo "==> measuring under a virtual display"
  harness_enter_display "$0" "$@"
fi

harness_workspace
export SAPAR_PERF_TICKETS="${SAPAR_PERF_TICKETS:-10000}"
export SAPAR_DATA_DIR="$HARNESS_WORK/data"
export SAPAR_E2E_APP="$PWD/$HARNESS_OUT/sapar-app"
export SAPAR_PERF_BARE="$PWD/$HARNESS_OUT/bare_window"
export SAPAR_PERF_OUT="$PWD/$HARNESS_OUT/perf.json"

echo "==> seeding a wallet of $SAPAR_PERF_TICKETS tickets"
timeout 300 "$HARNESS_OUT/seed_wallet" "$SAPAR_DATA_DIR" "$SAPAR_PERF_TICKETS" >/dev/null

harness_start_driver
timeout 900 node tests/e2e/perf.mjs
