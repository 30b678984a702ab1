#!/usr/bin/env bash
# Load test of the sandbox carrier over loopback: the race for the last seats,
# then search throughput. Bounded: at most 60 s of searching.
# Usage: crates/carrier-sandbox/scripts/load.sh [--racers 200] [--last-seats 50]
#        [--connections 64] [--seconds 10] [--max-requests N]
set -euo pipefail
cd "$(dirname "$0")/../../.."
exec cargo run --release -p sapar-carrier-sandbox --example load -- "$@"
