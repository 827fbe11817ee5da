#!/usr/bin/env bash
# Section-heading recall and precision of citegraph on the corpus PDFs against ../shared/corpus/gold/sections.
# Usage: bench/sections-quality.sh [PDF...]   (from the repository root; default: the four corpus PDFs)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=../shared/corpus
if [ $# -eq 0 ]; then set -- "$CORPUS"/DeepSeek_V3.pdf "$CORPUS"/DeepSeek_V2.pdf "$CORPUS"/DeepSeek_R1.pdf "$CORPUS"/DeepSeekMoE.pdf; fi
mvn -B -o -q compile -pl queries -am
mvn -B -o -q dependency:build-classpath -pl queries -Dmdep.outputFile=target/quality-classpath.txt
CP="queries/target/classes:extractor/target/classes:graph/target/classes:dsl/target/classes:$(cat queries/target/quality-classpath.txt)"
java -cp "$CP" dev.citegraph.cli.Kg sections --gold "$CORPUS/gold/sections" "$@"
