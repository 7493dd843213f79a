#!/usr/bin/env bash
# Durability check: every write the service acknowledged (2xx) is still there after kill -9.
#
# Starts the packaged service on an empty temporary data directory, runs several writers in parallel
# (scenarios created from YAML, forks, simulation runs), records each write only once it was acknowledged,
# kills the service with SIGKILL while the writers are mid-stream, restarts it on the same data and checks
# every recorded write. Repeats for CRASH_ROUNDS rounds, on the same data.
#
#   scripts/crash-test.sh            (needs target/quarkus-app/quarkus-run.jar: mvn package -DskipTests)
#   CRASH_ROUNDS=3 CRASH_KILL_AFTER=80 scripts/crash-test.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/lib.sh
require_jar

PORT="${CRASH_PORT:-18181}"
ROUNDS="${CRASH_ROUNDS:-2}"
WRITERS="${CRASH_WRITERS:-4}"
KILL_AFTER="${CRASH_KILL_AFTER:-60}"     # acknowledged writes per round before the kill
WORK="$(mktemp -d)"
export PLENARY_DATA_DIR="$WORK/db"
export PLENARY_ADMIN_USERNAME=crash-admin
export PLENARY_ADMIN_PASSWORD="crash-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
AUTH=(-u "$PLENARY_ADMIN_USERNAME:$PLENARY_ADMIN_PASSWORD")
BASE="http://127.0.0.1:$PORT"
LOG="$WORK/service.log"
ACKED="$WORK/acknowledged"
: >"$ACKED"
trap 'stop_service; rm -rf "$WORK"' EXIT

# One writer: loops until the service goes away. A line is appended to $ACKED only after a 2xx.
writer() {
  local w="$1" round="$2" i=0 code slug id
  local yaml
  yaml="$(sed -e 's/^slug:.*/slug: SLUG/' -e 's/^title:.*/title: "Crash test SLUG"/' scenarios/interpol-2021-asia-delegates.yaml)"
  while :; do
    i=$((i + 1))
    slug="crash-r$round-w$w-$i"
    case $((i % 3)) in
      0)
        code=$(printf '%s\n' "${yaml//SLUG/$slug}" | curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" \
          -H 'Content-Type: application/yaml' --data-binary @- "$BASE/api/scenarios") || return 0
        [[ $code == 2* ]] && echo "scenario $slug" >>"$ACKED" ;;
      1)
        code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" -H 'Content-Type: application/json' \
          -d "{\"slug\":\"$slug\"}" "$BASE/api/scenarios/interpol-2021-asia-delegates/fork") || return 0
        [[ $code == 2* ]] && echo "scenario $slug" >>"$ACKED" ;;
      2)
        id=$(curl -s -o /dev/null -w '%{http_code} %header{location}' "${AUTH[@]}" -H 'Content-Type: application/json' \
          -d "{\"trials\":300,\"seed\":$i}" "$BASE/api/scenarios/interpol-2021-asia-delegates/simulations") || return 0
        code="${id%% *}"
        [[ $code == 201 ]] && echo "run ${id##*/}" >>"$ACKED" ;;
    esac
    [[ -z "$code" || $code == 000 ]] && return 0
  done
}

total_start=$(date +%s)
t() { echo "  [$(( $(date +%s) - total_start )) s] $*"; }
for round in $(seq 1 "$ROUNDS"); do
  start_service "$PORT" "$LOG"; t "round $round: service ready"
  before=$(wc -l <"$ACKED")
  pids=()
  for w in $(seq 1 "$WRITERS"); do
    writer "$w" "$round" &
    pids+=($!)
  done
  while [ $(( $(wc -l <"$ACKED") - before )) -lt "$KILL_AFTER" ]; do
    sleep 0.05
  done
  kill -9 "$SERVICE_PID"
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=
  for p in "${pids[@]}"; do wait "$p" || true; done
  echo "round $round: killed with SIGKILL after $(( $(wc -l <"$ACKED") - before )) acknowledged writes"
done

# Restart on the same data and check every acknowledged write.
start_service "$PORT" "$LOG"
missing=0
checked=0
while read -r kind key; do
  checked=$((checked + 1))
  if [ "$kind" = scenario ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' "${AUTH[@]}" "$BASE/api/scenarios/$key")
  else
    code=$(curl -s -o "$WORK/run.json" -w '%{http_code}' "${AUTH[@]}" "$BASE/api/simulations/$key")
    if [ "$code" = 200 ] && ! grep -q '"status":"DONE"' "$WORK/run.json"; then
      code="200 but not DONE"
    fi
  fi
  if [ "$code" != 200 ]; then
    echo "LOST: $kind $key ($code)"
    missing=$((missing + 1))
  fi
done <"$ACKED"
stop_service
echo "crash test: $ROUNDS kill -9 rounds, $checked acknowledged writes checked, $missing lost, $(( $(date +%s) - total_start )) s"
[ "$missing" -eq 0 ]
