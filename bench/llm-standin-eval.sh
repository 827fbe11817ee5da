#!/usr/bin/env bash
# Extraction quality on V2, R1 and MoE with a stand-in model over HTTP that answers each section with its gold facts,
# once perfectly and once with noise (dropped facts, paraphrased quotes, changed numbers, a made-up fact).
# Usage: bench/llm-standin-eval.sh [CORPUS_DIR=../shared/corpus]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -o -q test-compile -pl extractor -am
mvn -B -o -q dependency:build-classpath -pl extractor -am -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
deps=$(tr ':' '\n' < extractor/target/bench-classpath.txt | grep -v '/dev/citegraph/' | paste -sd: -)
exec java -cp "extractor/target/test-classes:extractor/target/classes:graph/target/classes:$deps" \
    dev.citegraph.bench.StandInEvalBench "${1:-../shared/corpus}"
