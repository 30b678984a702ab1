#!/usr/bin/env bash
# Every check and test of Sapar, cheapest first; stops at the first failure and says which.
#
#   bash scripts/test.sh
#
# Expects the tools from scripts/setup.sh (system packages, npm packages, tauri-driver).
# The last step drives the real desktop app over WebDriver under a virtual display
# (scripts/e2e.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$HOME/.cache/sapar-target}"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

passed=()
durations=()

summary() {
  echo
  echo "──────── summary ────────"
  local i
  for i in "${!passed[@]}"; do
    printf '  ok    %-22s %5ss\n' "${passed[$i]}" "${durations[$i]}"
  done
}

step() {
  local name="$1"
  shift
  printf '\n\033[1m==> [%s] %s\033[0m\n' "$name" "$*"
  local start=$SECONDS
  if "$@"; then
    passed+=("$name")
    durations+=("$((SECONDS - start))")
  else
    local code=$?
    summary
    printf '  FAIL  %-22s (exit %s)\n' "$name" "$code"
    echo
    echo "FAILED at step '$name': $*"
    echo "steps: ${#passed[@]} passed, 1 failed"
    exit 1
  fi
}

rust_tests() {
  if cargo nextest --version >/dev/null 2>&1; then
    cargo nextest run --workspace --no-fail-fast && cargo test --workspace --doc
  else
    cargo test --workspace
  fi
}

step "rust format" cargo fmt --all --check
step "ui lint" npm run --silent lint
step "ui typecheck" npm run --silent check
step "ui tests" npm run --silent test
step "ui build" npm run --silent build
step "rust lints" cargo clippy --workspace --all-targets -- -D warnings
step "ipc bindings" cargo test -p sapar-app --lib bindings::
step "rust tests" rust_tests
step "app e2e" bash scripts/e2e.sh

summary
echo
echo "All checks passed."
echo "steps: ${#passed[@]} passed, 0 failed"
