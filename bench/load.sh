#!/usr/bin/env bash
# Load benchmark of the embedded Neo4j store (issue 5): cited facts/s of the batched writer against a naive
# one-MERGE-per-transaction writer, store size and peak memory.
# Usage: bench/load.sh [TOTAL_FACTS [FACTS_PER_DOCUMENT [NAIVE_FACTS]]]   e.g. bench/load.sh 1000000 2000 2000
set -euo pipefail
cd "$(dirname "$0")/.."
total=${1:-100000}
per_document=${2:-5000}
naive=${3:-10000}
mvn -B -o -q test-compile -pl graph
cp_file=graph/target/bench.classpath
mvn -B -o -q dependency:build-classpath -pl graph -Dmdep.outputFile="$PWD/$cp_file" >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the classes, so that rebuilding the worktree during a long run does not pull classes from under it.
cp -r graph/target/classes "$work/classes" && cp -r graph/target/test-classes "$work/test-classes"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), $(uname -sr), load $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx2g -cp "$work/test-classes:$work/classes:$(cat "$cp_file")" \
  dev.citegraph.graph.bench.LoadBenchmark "$total" "$per_document" "$naive" "$work"
