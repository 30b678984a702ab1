#!/usr/bin/env bash
# End-to-end tests of Sapar's desktop app: builds the UI and the debug app (serving the
# built UI from ui/dist, not a dev server), seeds a wallet of signed tickets in a
# temporary data folder, starts tauri-driver under a virtual X display and runs the
# WebDriver tests in tests/e2e/ (the wallet, then buying from the demo carriers). Screenshots of each main screen in kk/ru/en go to
# screenshots/ (or $SAPAR_E2E_SCREENSHOTS).
#
#   bash scripts/e2e.sh
#
# Needs what scripts/setup.sh installs (tauri-driver, WebKitWebDriver, xvfb-run,
# pdftotext, the npm packages). SAPAR_E2E_KEEP=1 keeps the temporary folder.
#
# Native save and open dialogs cannot be clicked over WebDriver: debug builds write saved
# files into $SAPAR_E2E_SAVE_DIR, and open $SAPAR_E2E_OPEN_FILE, instead of asking, when
# these are set (src-tauri/src/files.rs); release builds ignore both.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/desktop-harness.sh
source scripts/desktop-harness.sh

if [ -z "${SAPAR_HARNESS_INSIDE:-}" ]; then
  harness_need pdftotext "install poppler-utils (scripts/setup.sh)"
  harness_need zint "install zint (scripts/setup.sh)"
  harness_build seed_wallet
  echo "==> running the tests under a virtual display"
  harness_enter_display "$0" "$@"
fi

harness_workspace
export SAPAR_DATA_DIR="$HARNESS_WORK/data"
export SAPAR_E2E_SAVE_DIR="$HARNESS_WORK/saved"
export SAPAR_E2E_SEED="$HARNESS_WORK/seed.json"
export SAPAR_E2E_APP="$PWD/$HARNESS_OUT/sapar-app"
export SAPAR_E2E_SCREENSHOTS="${SAPAR_E2E_SCREENSHOTS:-$PWD/screenshots}"
mkdir -p "$SAPAR_E2E_SAVE_DIR"

echo "==> seeding a wallet in $SAPAR_DATA_DIR"
timeout 120 "$HARNESS_OUT/seed_wallet" "$SAPAR_DATA_DIR" 50 >"$SAPAR_E2E_SEED"
# A picture of the family ticket's QR code, for "Open a picture…" on the verify screen.
export SAPAR_E2E_OPEN_FILE="$HARNESS_WORK/ticket-qr.png"
code="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1])).family.code)' "$SAPAR_E2E_SEED")"
zint -b 58 --scale=4 --data="$code" -o "$SAPAR_E2E_OPEN_FILE" >/dev/null

harness_start_driver
status=0
# One app at a time: both files use the same data folder.
timeout 900 node --test --test-concurrency=1 --test-reporter=spec \
  tests/e2e/app.test.mjs tests/e2e/buy.test.mjs || status=$?
if [ "$status" -ne 0 ]; then
  echo "--- tauri-driver log ---"
  tail -n 40 "$HARNESS_WORK/tauri-driver.log" || true
fi
exit "$status"
