#!/usr/bin/env bash
# Section-heading recall and precision of citegraph on the corpus PDFs against testdata/corpus/gold/sections.
# Usage: bench/sections-quality.sh [PDF...]   (from the repository root; default: the four corpus PDFs)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=testdata/corpus
if [ $# -eq 0 ]; then set -- "$CORPUS"/DeepSeek_V3.pdf "$CORPUS"/DeepSeek_V2.pdf "$CORPUS"/DeepSeek_R1.pdf "$CORPUS"/DeepSeekMoE.pdf; fi
exec ./kg sections --gold "$CORPUS/gold/sections" "$@"
