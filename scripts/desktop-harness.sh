# Shared by scripts/e2e.sh and scripts/perf.sh (sourced, not run): builds the debug app
# that serves the built UI, and runs tauri-driver under the virtual display.

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/sapar-target}"

# Where the built binaries are copied, so another build in the shared target folder
# cannot swap them during a run (gitignored).
HARNESS_OUT=tests/e2e/out

harness_need() {
  if ! command -v "$1" >/dev/null 2>&1; then
    echo "error: $1 is missing: $2" >&2
    exit 1
  fi
}

# Checks the tools, builds the UI, the app and the given examples, and copies them to
# $HARNESS_OUT. `tauri/custom-protocol` makes the debug app serve the built UI from
# ui/dist (embedded at compile time) instead of loading the dev server, as
# `tauri build --debug` does.
harness_build() {
  harness_need tauri-driver "run scripts/setup.sh (cargo install tauri-driver --version ^2 --locked)"
  harness_need WebKitWebDriver "install webkit2gtk-driver (scripts/setup.sh)"
  harness_need xvfb-run "install xvfb (scripts/setup.sh)"
  harness_need node "install Node.js ≥ 20.19"
  echo "==> building the UI and the debug app"
  npm run --silent build
  local examples=() name
  for name in "$@"; do examples+=(--example "$name"); done
  # HARNESS_PROFILE=release builds what users run (performance); the default debug build
  # has the end-to-end tests' stand-ins for native dialogs.
  local profile="${HARNESS_PROFILE:-debug}" flags=()
  [ "$profile" = release ] && flags+=(--release)
  cargo build "${flags[@]}" -p sapar-app --bin sapar-app "${examples[@]}" --features tauri/custom-protocol
  mkdir -p "$HARNESS_OUT"
  cp "$CARGO_TARGET_DIR/$profile/sapar-app" "$HARNESS_OUT/sapar-app"
  for name in "$@"; do cp "$CARGO_TARGET_DIR/$profile/examples/$name" "$HARNESS_OUT/$name"; done
}

# Re-runs the calling script under a virtual X display (once).
harness_enter_display() {
  export SAPAR_HARNESS_INSIDE=1
  exec xvfb-run -a -s "-screen 0 1400x1000x24" bash "$@"
}

# A fresh temporary folder in $HARNESS_WORK with a private home for the app's WebKit
# data, caches and settings, so every run starts the same; removed on exit unless
# SAPAR_E2E_KEEP=1.
harness_workspace() {
  HARNESS_WORK="$(mktemp -d "${TMPDIR:-/tmp}/sapar-run.XXXXXX")"
  export XDG_DATA_HOME="$HARNESS_WORK/xdg/data" XDG_CACHE_HOME="$HARNESS_WORK/xdg/cache"
  export XDG_CONFIG_HOME="$HARNESS_WORK/xdg/config"
  export LANG=C.UTF-8 LC_ALL=C.UTF-8
  HARNESS_DRIVER_PID=""
  trap harness_cleanup EXIT
}

harness_cleanup() {
  if [ -n "${HARNESS_DRIVER_PID:-}" ] && kill -0 "$HARNESS_DRIVER_PID" 2>/dev/null; then
    kill "$HARNESS_DRIVER_PID" 2>/dev/null || true
    wait "$HARNESS_DRIVER_PID" 2>/dev/null || true
  fi
  if [ "${SAPAR_E2E_KEEP:-0}" = 1 ]; then
    echo "kept $HARNESS_WORK"
  else
    rm -rf "$HARNESS_WORK"
  fi
}

# Starts tauri-driver on ports of its own (a run never meets another driver on the
# default 4444) and exports its address as SAPAR_E2E_DRIVER. The app it starts inherits
# this environment (SAPAR_DATA_DIR and the rest).
harness_start_driver() {
  local port="${SAPAR_E2E_PORT:-$((20000 + RANDOM % 20000))}"
  export SAPAR_E2E_DRIVER="http://127.0.0.1:$port"
  # Started directly (not in a subshell) so $! is the driver itself.
  tauri-driver --port "$port" --native-port "$((port + 1))" >"$HARNESS_WORK/tauri-driver.log" 2>&1 &
  HARNESS_DRIVER_PID=$!
  echo "==> tauri-driver (pid $HARNESS_DRIVER_PID) on port $port"
}
