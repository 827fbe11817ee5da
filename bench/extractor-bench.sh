#!/usr/bin/env bash
# Runs a benchmark main class from the extractor's test code: compiles the modules offline, then starts it on their
# test classpath. Usage: bench/extractor-bench.sh MAIN_CLASS [ARGS...]   (the llm-*.sh scripts call it)
set -euo pipefail
cd "$(dirname "$0")/.."
# One reactor run, so that the graph module resolves from the reactor: nothing is installed in ~/.m2.
mvn -B -o -q test-compile dependency:build-classpath -pl extractor -am -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
deps=$(tr ':' '\n' < extractor/target/bench-classpath.txt | grep -v '/dev/citegraph/' | paste -sd: -)
exec java -cp "extractor/target/test-classes:extractor/target/classes:graph/target/classes:$deps" "$@"
