#!/usr/bin/env bash
# A bounded load on `parley serve` over loopback: NEGOTIATIONS concurrent negotiations (a mediator
# and two parties each), ROUNDS rounds of draft, release, two responses and two private messages.
# Prints accepted actions per second and latency percentiles (see docs/PERFORMANCE.md).
#
#   scripts/server-load.sh h2 [NEGOTIATIONS] [ROUNDS] [--pages] [--think-ms=N] [--warm-up=N]
#   scripts/server-load.sh postgres [NEGOTIATIONS] [ROUNDS] [...]
#   scripts/server-load.sh 'jdbc:postgresql://127.0.0.1:55432/DB?user=postgres' [NEGOTIATIONS] [ROUNDS] [...]
#
# `postgres` starts a throw-away PostgreSQL cluster as .ci/run does (fsync on, max_connections=300,
# on 127.0.0.1:${PARLEY_LOAD_PG_PORT:-55432}) and deletes it afterwards; a JDBC URL uses a running
# server, best an empty database (the server verifies every negotiation already there at start).
#
# --pages keeps every participant's page open as the web UI does (an event stream, and a read of
# its view after each burst of events); --think-ms=N waits N ms on average before each action.
# Before the measured run the driver runs as many negotiations again (--warm-up=N to choose, 0 for
# none) the same way and counts nothing of them, so the figures are those of a server whose JIT has
# compiled the request paths (a tenth was not enough: the optimising compiler was still busy in the
# measured run); the output says so, and prints the machine's load
# average and the server's CPU time in the measured run.
# The issue's load: scripts/server-load.sh h2 100 5 --pages --think-ms=1000 (300 open pages).
#
# The server and the load driver share the machine; the driver's threads count against the server.
# PARLEY_LOAD_SERVER_JAR=FILE runs another build of the server (to compare before and after a
# change); PARLEY_SERVER_JAVA_OPTS adds JVM options to the server (a flight recording, say).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
STORE="${1:?usage: scripts/server-load.sh h2|postgres|JDBC_URL [NEGOTIATIONS] [ROUNDS] [options]}"
NEGOTIATIONS="${2:-200}"
ROUNDS="${3:-5}"
shift $(($# < 3 ? $# : 3))
PORT="${PARLEY_LOAD_PORT:-18090}"
KEY="load-test-console-key-$(date +%s)"

if [ ! -f parley-bench/target/benchmarks.jar ] || [ ! -f parley-cli/target/parley.jar ]; then
  ./mvnw -B -q -pl parley-cli,parley-bench -am package -DskipTests
fi
WORK=$(mktemp -d)
SERVER=
PG_BIN=
cleanup() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  if [ -n "$PG_BIN" ]; then as_postgres "'$PG_BIN/pg_ctl' -D '$WORK/pg' -m fast stop >/dev/null 2>&1" || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
if [ "$STORE" = postgres ]; then
  if [ "$(id -u)" -eq 0 ]; then as_postgres() { su postgres -c "$1"; }; else as_postgres() { bash -c "$1"; }; fi
  PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$PG_BIN" ] || { echo "no PostgreSQL under /usr/lib/postgresql (install the Debian package postgresql)" >&2; exit 2; }
  PG_PORT="${PARLEY_LOAD_PG_PORT:-55432}"
  chmod 755 "$WORK"
  mkdir "$WORK/pg"
  if [ "$(id -u)" -eq 0 ]; then chown postgres "$WORK/pg"; fi
  as_postgres "'$PG_BIN/initdb' -D '$WORK/pg' -A trust -U postgres >/dev/null"
  as_postgres "'$PG_BIN/pg_ctl' -D '$WORK/pg' -w -t 60 -l '$WORK/pg/log' \
    -o '-p $PG_PORT -k $WORK/pg -c listen_addresses=127.0.0.1 -c max_connections=300' start >/dev/null"
  STORE="jdbc:postgresql://127.0.0.1:$PG_PORT/postgres?user=postgres"
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PG_PORT (throw-away)"
fi
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
SERVER_JAR="${PARLEY_LOAD_SERVER_JAR:-parley-cli/target/parley.jar}"
PARLEY_CONSOLE_KEY="$KEY" java ${PARLEY_SERVER_JAVA_OPTS:-} -jar "$SERVER_JAR" serve --host 127.0.0.1 \
  --port "$PORT" "${STORE_ARGS[@]}" >"$WORK/server.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.2
done
curl -fs "http://127.0.0.1:$PORT/api/health" >/dev/null || { cat "$WORK/server.log"; exit 1; }
echo "store: $STORE; server pid $SERVER on port $PORT"
java -cp parley-bench/target/benchmarks.jar io.parley.server.ServerLoad \
  "http://127.0.0.1:$PORT" "$KEY" examples/job-offer.yaml "$NEGOTIATIONS" "$ROUNDS" 2026 \
  --server-pid="$SERVER" "$@"
