#!/usr/bin/env bash
# The what-if a client runs, timed over REST: POST /api/scenarios/interpol-2021-istanbul/simulations with
# {"trials": 10000, "compare": "campaigns-off"} (two arms on common random numbers, answered 201 with the result),
# against the packaged service on an embedded H2 database in a temporary directory, warm (after WARMUP requests),
# one request at a time. Prints the median, min and max of RUNS requests (wall clock as curl sees it).
#
#   bench/rest-whatif.sh [RUNS] [WARMUP]     (defaults 41 and 40; builds the package unless one is there, so
#                                             after a change run bench/run.sh, or mvn package first)
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS="${1:-41}"
WARMUP="${2:-40}"
PORT="${PLENARY_BENCH_PORT:-18391}"
WORK="$(mktemp -d)"
PID=""
trap '[ -n "$PID" ] && kill "$PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"' EXIT

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests
fi
java -Dquarkus.http.port="$PORT" -Dplenary.data-dir="$WORK" -jar target/quarkus-app/quarkus-run.jar \
  >"$WORK/service.log" 2>&1 &
PID=$!
for i in $(seq 1 240); do
  curl -fsS -o /dev/null "http://127.0.0.1:$PORT/q/health/ready" 2>/dev/null && break
  if [ "$i" = 240 ]; then echo "the service did not start:"; tail -40 "$WORK/service.log"; exit 1; fi
  sleep 0.25
done

URL="http://127.0.0.1:$PORT/api/scenarios/interpol-2021-istanbul/simulations"
post() { # post SEED -> "status seconds"
  curl -s -o "$WORK/body" -w '%{http_code} %{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"trials\": 10000, \"seed\": $1, \"compare\": \"campaigns-off\"}" "$URL"
}
for s in $(seq 1 "$WARMUP"); do
  post "$((1000 + s))" >/dev/null
done
: >"$WORK/times"
for s in $(seq 1 "$RUNS"); do
  read -r code secs < <(post "$s")
  if [ "$code" != 201 ]; then echo "request $s answered $code: $(head -c 300 "$WORK/body")"; exit 1; fi
  echo "$secs" >>"$WORK/times"
done
sort -n "$WORK/times" | awk -v runs="$RUNS" -v warm="$WARMUP" '{t[NR] = $1 * 1000}
  END { printf "10,000-trial two-arm what-if over REST (%d warm requests after %d): median %.0f ms (min %.0f, max %.0f)   (target < 250 ms)\n", NR, warm, t[int((NR + 1) / 2)], t[1], t[NR] }'
