#!/usr/bin/env bash
# Installs what building, running and testing Sapar needs on Debian or Ubuntu, and only
# what is missing: the system libraries of the desktop window (WebKitGTK), an X server
# for headless runs, the WebDriver for end-to-end tests (WebKitWebDriver and
# tauri-driver), and the npm packages of the UI.
#
# Run it (`bash scripts/setup.sh`) or source it and call `sapar_setup`.
# Needs: Rust (rustup.rs) and Node.js ≥ 20.19 with npm already on the machine.

# Debian packages: WebKitGTK and friends for Tauri, Xvfb for headless windows,
# WebKitWebDriver for end-to-end tests, DejaVu for Kazakh text in PDFs, and the
# tools the ticket tests read PDFs and barcodes with.
SAPAR_APT_PACKAGES=(
  libwebkit2gtk-4.1-dev build-essential curl wget file libxdo-dev libssl-dev
  libayatana-appindicator3-dev librsvg2-dev xvfb xauth webkit2gtk-driver fonts-dejavu-core
  poppler-utils zbar-tools zint imagemagick libdbus-1-dev pkg-config
)

sapar_log() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Installs the Debian packages that are not installed yet (apt-get update once, only if needed).
sapar_apt() {
  local missing=() pkg
  for pkg in "${SAPAR_APT_PACKAGES[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ "${#missing[@]}" -eq 0 ]; then
    sapar_log "system packages: all present"
    return 0
  fi
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "error: missing system packages (${missing[*]}) and no apt-get here; install their equivalents by hand" >&2
    return 1
  fi
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
      echo "error: missing system packages (${missing[*]}); run as root or install sudo" >&2
      return 1
    fi
    sudo=(sudo)
  fi
  sapar_log "installing system packages: ${missing[*]}"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}" </dev/null
}

# Checks that Rust and a recent enough Node.js are on the machine.
sapar_toolchains() {
  if ! command -v cargo >/dev/null 2>&1; then
    echo "error: Rust is missing: install it from https://rustup.rs (rustc ≥ 1.94), then run this again" >&2
    return 1
  fi
  if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "error: Node.js ≥ 20.19 with npm is missing: install it from https://nodejs.org, then run this again" >&2
    return 1
  fi
  local version major minor
  version="$(node --version)"
  major="${version#v}"; major="${major%%.*}"
  minor="${version#v*.}"; minor="${minor%%.*}"
  if [ "$major" -lt 20 ] || { [ "$major" -eq 20 ] && [ "$minor" -lt 19 ]; }; then
    echo "error: Node.js $version is too old: Sapar's UI needs ≥ 20.19" >&2
    return 1
  fi
}

# Installs the UI's npm packages exactly as package-lock.json says, when node_modules is
# missing or older than the lock file (or always, with SAPAR_FORCE_NPM_CI=1).
sapar_npm() {
  if [ "${SAPAR_FORCE_NPM_CI:-0}" = 1 ] || [ ! -f node_modules/.package-lock.json ] \
    || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    sapar_log "installing npm packages (npm ci)"
    npm ci --no-audit --no-fund </dev/null
  else
    sapar_log "npm packages: up to date"
  fi
}

# Installs tauri-driver (the WebDriver server the end-to-end tests drive the app
# through) when it is missing. Pinned to 2.x: `cargo install` would otherwise pick a
# Tauri 3 pre-release.
sapar_tauri_driver() {
  if command -v tauri-driver >/dev/null 2>&1; then
    sapar_log "tauri-driver: present"
    return 0
  fi
  sapar_log "installing tauri-driver (cargo install, about a minute)"
  cargo install tauri-driver --version ^2 --locked </dev/null
}

sapar_setup() {
  sapar_apt && sapar_toolchains && sapar_npm && sapar_tauri_driver
}

if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  set -euo pipefail
  cd "$(dirname "$0")/.."
  sapar_setup
fi
