# Shared by the scripts: start the packaged service, wait until it is ready, stop it.
# Callers set JAR (default target/quarkus-app/quarkus-run.jar).

JAR="${JAR:-target/quarkus-app/quarkus-run.jar}"

require_jar() {
  if [ ! -f "$JAR" ]; then
    echo "no $JAR: build it first (mvn package -DskipTests)" >&2
    exit 2
  fi
}

# start_service PORT LOGFILE [java options...]: starts the jar in the background; SERVICE_PID names it.
start_service() {
  local port="$1" log="$2"
  shift 2
  java "$@" -Dquarkus.http.port="$port" -jar "$JAR" >>"$log" 2>&1 &
  SERVICE_PID=$!
  wait_ready "$port" "$log"
}

wait_ready() {
  local port="$1" log="$2"
  for _ in $(seq 1 240); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      echo "the service exited during start-up; its log:" >&2
      tail -50 "$log" >&2
      exit 1
    fi
    sleep 0.25
  done
  echo "the service did not become ready within 60 s; its log:" >&2
  tail -50 "$log" >&2
  exit 1
}

stop_service() {
  if [ -n "${SERVICE_PID:-}" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
}
