#!/usr/bin/env bash
# A bounded load on `parley serve` over loopback: NEGOTIATIONS concurrent negotiations (a mediator
# and two parties each), ROUNDS rounds of draft, release, two responses and two private messages.
# Prints accepted actions per second and latency percentiles (see docs/PERFORMANCE.md).
#
#   scripts/server-load.sh h2 [NEGOTIATIONS] [ROUNDS] [--pages] [--think-ms=N]
#   scripts/server-load.sh jdbc:postgresql://127.0.0.1:55432/postgres?user=postgres [NEGOTIATIONS] [ROUNDS] [...]
#
# --pages keeps every participant's page open as the web UI does (an event stream, and a read of
# its view after each burst of events); --think-ms=N waits N ms on average before each action.
# The issue's load: scripts/server-load.sh h2 100 5 --pages --think-ms=1000 (300 open pages).
#
# The server and the load driver share the machine; the driver's threads count against the server.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
STORE="${1:?usage: scripts/server-load.sh h2|JDBC_URL [NEGOTIATIONS] [ROUNDS]}"
NEGOTIATIONS="${2:-200}"
ROUNDS="${3:-5}"
shift $(($# < 3 ? $# : 3))
PORT="${PARLEY_LOAD_PORT:-18090}"
KEY="load-test-console-key-$(date +%s)"

if [ ! -f parley-bench/target/benchmarks.jar ] || [ ! -f parley-cli/target/parley.jar ]; then
  ./mvnw -B -q -pl parley-cli,parley-bench -am package -DskipTests
fi
WORK=$(mktemp -d)
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; rm -rf "$WORK"' EXIT
if [ "$STORE" = h2 ]; then
  STORE_ARGS=(--data "$WORK/data")
else
  STORE_ARGS=(--db "$STORE")
  # A PostgreSQL store needs the log's key; a throw-away one for a throw-away database.
  if [ -z "${PARLEY_LOG_KEY:-}" ]; then
    PARLEY_LOG_KEY=$(head -c 32 /dev/urandom | base64)
    export PARLEY_LOG_KEY
  fi
fi
PARLEY_CONSOLE_KEY="$KEY" java ${PARLEY_SERVER_JAVA_OPTS:-} -jar parley-cli/target/parley.jar serve --host 127.0.0.1 \
  --port "$PORT" "${STORE_ARGS[@]}" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }
echo "store: $STORE; server pid $SERVER on port $PORT"
java -cp parley-bench/target/benchmarks.jar io.parley.server.ServerLoad \
  "http://127.0.0.1:$PORT" "$KEY" examples/job-offer.yaml "$NEGOTIATIONS" "$ROUNDS" 2026 "$@"
