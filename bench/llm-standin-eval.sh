#!/usr/bin/env bash
# Extraction quality on V2, R1 and MoE with a stand-in model over HTTP that answers each section with its gold facts,
# once perfectly and once with noise (dropped facts, paraphrased quotes, changed numbers, a made-up fact).
# Usage: bench/llm-standin-eval.sh [CORPUS_DIR=testdata/corpus]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/extractor-bench.sh dev.citegraph.bench.StandInEvalBench "${1:-testdata/corpus}"
