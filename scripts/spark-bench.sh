#!/usr/bin/env bash
# Spark local[N] against the local runner on N threads, on one plan of NEGOTIATIONS negotiations
# (10^3-outcome scenarios, 100-round deadlines, time-dependent agents); prints both rates, their
# ratio (target: Spark within 2x) and whether the two results.csv agree but for wall time.
#
#   scripts/spark-bench.sh [NEGOTIATIONS=1000000] [CORES=2]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
T=parley-spark/target
if [ ! -f "$T/parley-spark.jar" ] || [ ! -d "$T/test-classes" ]; then
  ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl parley-spark -am package
fi
export SPARK_LOCAL_IP=127.0.0.1
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$JAVA" -Xmx4g -cp "$T/test-classes:$T/parley-spark.jar:$(cat "$T/app.classpath"):$(cat "$T/spark.classpath")" \
  io.parley.spark.SparkRunnerBench "$@"
