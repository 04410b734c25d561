#!/usr/bin/env bash
# A Spark standalone cluster on this machine from the Maven jars alone (no Spark distribution): one
# master and one worker on 127.0.0.1, for trying `parley tournament --spark spark://...` (see
# docs/tournaments-spark.md).
#
#   scripts/spark-standalone.sh start [CORES] [MEMORY]   # default: every core, 2g
#   scripts/spark-standalone.sh stop
#
# PARLEY_SPARK_PORT (default 7077) sets the master's port; logs and pids go to
# ${PARLEY_SPARK_STATE:-/tmp/parley-spark-standalone}. The worker starts executors with Spark's own
# launcher, which looks for SPARK_HOME/jars: this script makes such a folder of links to the jars
# in parley-spark/target/spark.classpath.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PORT="${PARLEY_SPARK_PORT:-7077}"
STATE="${PARLEY_SPARK_STATE:-/tmp/parley-spark-standalone}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
export SPARK_LOCAL_IP=127.0.0.1

start() {
  local cores="${1:-$(nproc)}" memory="${2:-2g}"
  if [ ! -f parley-spark/target/spark.classpath ] || [ ! -f parley-spark/target/app.classpath ]; then
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl parley-spark -am package
  fi
  mkdir -p "$STATE/home/jars" "$STATE/work"
  # Spark and the libraries it shares with Parley (slf4j, Jackson...); not Parley's own jars, which
  # the driver ships to the executors.
  cat parley-spark/target/spark.classpath parley-spark/target/app.classpath | tr ':' '\n' |
    grep -v '/parley-[a-z]*/target/' | while read -r jar; do
    ln -sf "$jar" "$STATE/home/jars/"
  done
  export SPARK_HOME="$STATE/home" SPARK_SCALA_VERSION=2.13
  local cp="$STATE/home/jars/*"
  "$JAVA" -cp "$cp" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$PORT" \
    --webui-port 0 >"$STATE/master.log" 2>&1 &
  echo $! >"$STATE/master.pid"
  for _ in $(seq 1 120); do
    grep -q "I have been elected leader" "$STATE/master.log" 2>/dev/null && break
    kill -0 "$(cat "$STATE/master.pid")" 2>/dev/null || break
    sleep 0.5
  done
  "$JAVA" -cp "$cp" org.apache.spark.deploy.worker.Worker "spark://127.0.0.1:$PORT" \
    --host 127.0.0.1 --cores "$cores" --memory "$memory" --webui-port 0 --work-dir "$STATE/work" \
    >"$STATE/worker.log" 2>&1 &
  echo $! >"$STATE/worker.pid"
  for _ in $(seq 1 120); do
    grep -q "Successfully registered with master" "$STATE/worker.log" 2>/dev/null && break
    kill -0 "$(cat "$STATE/worker.pid")" 2>/dev/null || break
    sleep 0.5
  done
  if ! grep -q "Successfully registered with master" "$STATE/worker.log"; then
    echo "spark-standalone: the worker did not register; see $STATE/master.log and $STATE/worker.log" >&2
    stop
    exit 1
  fi
  echo "spark-standalone: master spark://127.0.0.1:$PORT with one worker ($cores cores, $memory)"
}

stop() {
  for role in worker master; do
    if [ -f "$STATE/$role.pid" ]; then
      kill "$(cat "$STATE/$role.pid")" 2>/dev/null || true
      rm -f "$STATE/$role.pid"
    fi
  done
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) echo "usage: scripts/spark-standalone.sh start [CORES] [MEMORY] | stop" >&2; exit 2 ;;
esac
