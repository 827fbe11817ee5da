#!/usr/bin/env bash
# LLM extraction wall time against a stand-in model of fixed latency, at concurrency 1 vs N, and the prompt tokens
# per call spent on instructions vs section text.
# Usage: bench/llm-concurrency.sh [REPORT=testdata/corpus/DeepSeek_V3.pdf] [LATENCY_MS=500] [N=8]
set -euo pipefail
cd "$(dirname "$0")/.."
exec bash bench/extractor-bench.sh dev.citegraph.bench.ConcurrencyBench \
    "${1:-testdata/corpus/DeepSeek_V3.pdf}" "${2:-500}" "${3:-8}"
