#!/usr/bin/env bash
# Query language benchmark (issue 6): parse + compile time per golden query, and the latency of compiled queries
# against hand-written Cypher for the same questions on a synthetic graph, measured alternately in one run.
# Usage: bench/query.sh [FACTS [RUNS]]   e.g. bench/query.sh 1000000 200
set -euo pipefail
cd "$(dirname "$0")/.."
facts=${1:-100000}
runs=${2:-200}
cp_file=queries/target/bench.classpath
# One reactor run, so that the dsl test classes (golden cases) resolve from the reactor; queries is written last.
mvn -B -o -q test-compile dependency:build-classpath -pl queries -am -Dmdep.outputFile="$PWD/$cp_file" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Copies of the classes, so that rebuilding the worktree during a long run does not pull classes from under it.
for m in graph dsl queries; do
  cp -r "$m/target/classes" "$work/$m-classes"; cp -r "$m/target/test-classes" "$work/$m-test-classes"
done
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
cd dsl  # the golden cases are read from src/test/resources/golden
java -Xmx3g -cp "$work/queries-test-classes:$work/queries-classes:$work/dsl-test-classes:$work/dsl-classes:$work/graph-classes:$(cat "../$cp_file" | tr -d '\n')" \
  dev.citegraph.queries.bench.QueryBenchmark "$facts" "$runs"
