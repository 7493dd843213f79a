#!/usr/bin/env bash
# Load check on loopback: starts the packaged service on a temporary H2 database and drives it with wrk for a
# bounded time per workload (scenario reads, the scenario list, small simulations). Prints throughput and
# latency percentiles; fails on any non-2xx/3xx answer or socket error.
#
#   scripts/load.sh                   (needs wrk and target/quarkus-app/quarkus-run.jar)
#   LOAD_SECONDS=30 LOAD_CONNECTIONS=32 scripts/load.sh
# Simulations use at most 8 connections: the job pool runs 2 and queues 8, and a full queue answers 429.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
require_jar
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 2; }

SECONDS_EACH="${LOAD_SECONDS:-15}"
CONNECTIONS="${LOAD_CONNECTIONS:-16}"
PORT="${LOAD_PORT:-18381}"
WORK="$(mktemp -d)"
export PLENARY_DATA_DIR="$WORK/db"
trap 'stop_service; rm -rf "$WORK"' EXIT
start_service "$PORT" "$WORK/service.log"
BASE="http://127.0.0.1:$PORT"

failed=0
run() { # run NAME CONNECTIONS WRK-ARGS...
  local name="$1" c="$2"
  shift 2
  # Warm-up, so that the figures are of the running service, not of class loading and JIT.
  wrk -t2 -c"$c" -d3s "$@" >/dev/null
  # wrk drops its connections at the end of the warm-up, but the simulations they asked for still run or wait in
  # the job queue; let them drain, or the measured run starts against a full queue and gets 429s.
  sleep 3
  wrk -t2 -c"$c" -d"${SECONDS_EACH}s" --latency "$@" >"$WORK/out"
  local rps p50 p90 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/out")
  p50=$(awk '$1 == "50%" {print $2}' "$WORK/out")
  p90=$(awk '$1 == "90%" {print $2}' "$WORK/out")
  p99=$(awk '$1 == "99%" {print $2}' "$WORK/out")
  printf '%-28s %4s conn  %9s req/s  p50 %8s  p90 %8s  p99 %8s\n' "$name" "$c" "$rps" "$p50" "$p90" "$p99"
  if grep -E 'Non-2xx or 3xx responses|Socket errors' "$WORK/out"; then
    failed=1
  fi
}

echo "load: ${SECONDS_EACH} s per workload on $(nproc) cores"
run "GET one scenario" "$CONNECTIONS" "$BASE/api/scenarios/interpol-2021-asia-delegates"
run "GET scenario list" "$CONNECTIONS" "$BASE/api/scenarios?size=20"
run "POST simulation (1000 trials)" 8 -s scripts/load.lua "$BASE"
exit $failed
