#!/usr/bin/env bash
# Scale-out check: two instances of the service on one PostgreSQL database, started at the same moment (both
# migrate, load the bundled scenarios and create the first admin at once), serve the same scenarios, users and
# runs: a run started on one is read, with the same result, from the other.
#
#   scripts/two-instances.sh     (needs a PostgreSQL server: PLENARY_PG_HOST, PLENARY_PG_USER, trust auth;
#                                 builds the pg-profile jar into target/pg-app unless PG_JAR names one)
set -euo pipefail
cd "$(dirname "$0")/.."

PG_HOST="${PLENARY_PG_HOST:-127.0.0.1}"
PG_USER="${PLENARY_PG_USER:-postgres}"
PG_DB="${PLENARY_PG_TWO_DB:-plenary_two}"
PORT_A=18281
PORT_B=18282
WORK="$(mktemp -d)"
PIDS=()
trap 'for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null; rm -rf "$WORK"' EXIT

if [ -z "${PG_JAR:-}" ]; then
  # The database kind is fixed at build time: the PostgreSQL build is a separate artifact.
  mvn -B -q -o package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory=pg-app
  PG_JAR="$(find target/pg-app -name quarkus-run.jar -print -quit)"
fi

dropdb -h "$PG_HOST" -U "$PG_USER" --if-exists "$PG_DB"
createdb -h "$PG_HOST" -U "$PG_USER" "$PG_DB"

export QUARKUS_PROFILE=pg
export PLENARY_DB_URL="jdbc:postgresql://$PG_HOST:5432/$PG_DB"
export PLENARY_DB_USER="$PG_USER"
export PLENARY_ADMIN_USERNAME=two-admin
export PLENARY_ADMIN_PASSWORD="two-$(od -An -N8 -tx1 /dev/urandom | tr -d ' \n')"
ADMIN=(-u "$PLENARY_ADMIN_USERNAME:$PLENARY_ADMIN_PASSWORD")
ANALYST=(-u "two-analyst:two-analyst-password")

start_instance() { # start_instance PORT: sets STARTED to its pid
  java -Dquarkus.http.port=$1 -jar "$PG_JAR" >>"$WORK/$1.log" 2>&1 &
  STARTED=$!
  PIDS+=($STARTED)
}
await_ready() { # await_ready PORT
  for i in $(seq 1 240); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "instance on $1 did not start:"; tail -40 "$WORK/$1.log"; exit 1
}
start_instance $PORT_A
start_instance $PORT_B
PID_B=$STARTED
await_ready $PORT_A
await_ready $PORT_B
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"

fail() { echo "FAIL: $*"; exit 1; }
expect() { # expect STATUS CURL-ARGS...
  local want="$1"; shift
  local got
  got=$(curl -s -o "$WORK/body" -w '%{http_code}' "$@")
  [ "$got" = "$want" ] || fail "$* -> $got (expected $want): $(head -c 300 "$WORK/body")"
}

for url in "$A" "$B"; do
  grep -q '"FAILED"' <(curl -s "$url/api/scenarios/load-report") && fail "$url: a bundled file failed to load"
done
count_a=$(curl -s "$A/api/scenarios?size=100" | grep -o '"slug"' | wc -l)
count_b=$(curl -s "$B/api/scenarios?size=100" | grep -o '"slug"' | wc -l)
[ "$count_a" -gt 0 ] && [ "$count_a" = "$count_b" ] || fail "the instances list $count_a and $count_b scenarios"

# A user made on A signs in on B; a private fork made on A is read on B; a run started on A is read on B.
expect 201 "${ADMIN[@]}" -H 'Content-Type: application/json' \
  -d '{"username":"two-analyst","password":"two-analyst-password","role":"analyst"}' "$A/api/admin/users"
expect 200 "${ANALYST[@]}" "$B/api/me"
expect 201 "${ANALYST[@]}" -H 'Content-Type: application/json' -d '{"slug":"two-fork"}' \
  "$A/api/scenarios/interpol-2021-asia-delegates/fork"
expect 200 "${ANALYST[@]}" "$B/api/scenarios/two-fork"
expect 404 "$B/api/scenarios/two-fork"
expect 201 "${ANALYST[@]}" -H 'Content-Type: application/json' -d '{"trials":2000,"seed":7}' \
  "$A/api/scenarios/two-fork/simulations"
# No "producer | head" here: under pipefail the producer's SIGPIPE (exit 141) when head stops reading early would
# fail the script on a large body.
run_id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$WORK/body")
[ -n "$run_id" ] || fail "no run id in the answer: $(head -c 300 "$WORK/body")"
result_a=$(grep -o '"result":.*' "$WORK/body")
expect 200 "${ANALYST[@]}" "$B/api/simulations/$run_id"
result_b=$(grep -o '"result":.*' "$WORK/body")
[ "$result_a" = "$result_b" ] || fail "the run reads differently on the two instances"
expect 404 "$B/api/simulations/$run_id"
# A change of access made on B holds on A.
expect 200 "${ANALYST[@]}" -X PUT -H 'Content-Type: application/json' -d '{"visibility":"public"}' "$B/api/scenarios/two-fork/access"
expect 200 "$A/api/scenarios/two-fork"

# A long run started on A, followed from B: its progress (A's heartbeats write it), a restart of B that leaves it
# running (an instance fails only the jobs of instances that stopped), and a cancel sent to B that stops it on A.
json_field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" "$WORK/body"; } # the last one in the body: status and doneTrials agree wherever they appear
expect 202 "${ANALYST[@]}" -H 'Content-Type: application/json' -d '{"trials":1000000,"seed":9,"compare":"campaigns-off"}' \
  "$A/api/scenarios/interpol-2021-istanbul/simulations"
long_id=$(sed -n 's/^{"id":"\([^"]*\)".*/\1/p' "$WORK/body")
[ -n "$long_id" ] || fail "no job id in the answer: $(head -c 300 "$WORK/body")"
for i in $(seq 1 120); do
  expect 200 "${ANALYST[@]}" "$B/api/simulations/$long_id"
  [ "$(json_field status)" = RUNNING ] && [ "$(json_field doneTrials)" -gt 0 ] && break
  [ "$i" = 120 ] && fail "B never saw the job on A make progress: $(head -c 300 "$WORK/body")"
  sleep 0.25
done
seen_on_b=$(json_field doneTrials)
kill "$PID_B"; wait "$PID_B" 2>/dev/null || true
start_instance $PORT_B
await_ready $PORT_B
sleep 3 # past the restarted instance's first sweep for stopped instances' jobs
expect 200 "${ANALYST[@]}" "$A/api/simulations/$long_id"
[ "$(json_field status)" = RUNNING ] || fail "restarting B changed the job running on A: $(head -c 300 "$WORK/body")"
expect 200 "${ANALYST[@]}" -X DELETE "$B/api/simulations/$long_id"
for i in $(seq 1 80); do
  expect 200 "${ANALYST[@]}" "$A/api/simulations/$long_id"
  [ "$(json_field status)" = CANCELLED ] && break
  [ "$i" = 80 ] && fail "a cancel sent to B did not stop the job on A: $(head -c 300 "$WORK/body")"
  sleep 0.25
done
grep -q '"error":"cancelled on request"' "$WORK/body" || fail "the cancelled job does not say why: $(head -c 300 "$WORK/body")"
echo "two instances on one PostgreSQL database: same scenarios ($count_a), users, private scenario and run $run_id;"
echo "a job on A: progress seen on B ($seen_on_b trials), still running after B restarted, cancelled from B"
