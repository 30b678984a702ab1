#!/usr/bin/env bash
# Runs Sapar's desktop app in development mode (hot reload for the UI, rebuild on Rust
# changes), after installing whatever the machine is missing.
#
#   bash scripts/run.sh
#
# The wallet lives in $SAPAR_DATA_DIR when it is set, else in the OS data folder.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/setup.sh
source scripts/setup.sh
sapar_setup

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/sapar-target}"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  sapar_log "no display: running the window inside a virtual X server (xvfb-run)"
  exec xvfb-run -a npx tauri dev "$@"
fi
sapar_log "starting Sapar (first build takes a few minutes)"
exec npx tauri dev "$@"
