#!/usr/bin/env bash
# The foundation's figures (issue 2): cold `kg demo` wall time, embedded Neo4j start and stop, and one `kg query`
# through the CLI, with where its time goes: JVM + CLI start (kg --version), the embedded store's first start and its stop
# (EmbeddedStartStopBenchmark), and the rest (driver connect, schema check, the query itself).
# Usage: bench/foundation.sh [RUNS=3]   (from the repository root)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
mvn -B -o -q package -DskipTests
touch queries/target/kg-built
mvn -B -o -q test-compile -pl graph
mvn -B -o -q dependency:build-classpath -pl graph -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

seconds() { local s; s=$(date +%s.%N); "$@" >/dev/null 2>&1; awk -v s="$s" -v e="$(date +%s.%N)" 'BEGIN { printf "%.2f", e - s }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg)"
for i in $(seq "$RUNS"); do echo "kg demo (new JVM, new store) run $i: $(seconds ./kg demo) s"; done
for i in $(seq "$RUNS"); do echo "kg --version (JVM + CLI start, no store) run $i: $(seconds ./kg --version) s"; done

java -cp "graph/target/test-classes:graph/target/classes:$(cat graph/target/bench-classpath.txt)" \
    dev.citegraph.graph.bench.EmbeddedStartStopBenchmark 5 2>/dev/null | sed 's/^/embedded neo4j /'

./kg build --data "$work/data" queries/src/main/resources/dev/citegraph/demo/lumen-*.md >/dev/null 2>&1
for i in $(seq "$RUNS"); do
  echo "kg query 'facts about \"Lumen-2\"' run $i: $(seconds ./kg query --data "$work/data" 'facts about "Lumen-2"') s"
done
