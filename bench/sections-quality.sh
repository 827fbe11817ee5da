#!/usr/bin/env bash
# Section-heading recall and precision of citegraph against hand-checked gold headings.
# Usage: bench/sections-quality.sh [PDF...]   (from the repository root; default: the four corpus PDFs)
#        bench/sections-quality.sh --dev      (the development corpus of other labs' reports, testdata/dev:
#                                              fetched first by bench/fetch-dev-corpus.sh)
#        bench/sections-quality.sh --heldout  (the reports kept aside, testdata/heldout: measured, never tuned on)
#        bench/sections-quality.sh --heldout2 (a second set kept aside, testdata/heldout2: measured once, seen since)
#        bench/sections-quality.sh --heldout3 (a third set kept aside, testdata/heldout3: measured once, seen since)
#        bench/sections-quality.sh --heldout4 (a fourth set kept aside, testdata/heldout4: measured once, seen since)
#        bench/sections-quality.sh --heldout5 (a fifth, fresh set kept aside, testdata/heldout5: measured once, at the end)
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=testdata/corpus
if [ "${1:-}" = "--dev" ]; then
  bench/fetch-dev-corpus.sh >&2
  exec ./kg sections --gold testdata/dev/gold/sections testdata/dev/pdf/*.pdf
fi
if [ "${1:-}" = "--heldout" ]; then
  bench/fetch-dev-corpus.sh --heldout >&2
  exec ./kg sections --gold testdata/heldout/gold/sections testdata/heldout/pdf/*.pdf
fi
if [ "${1:-}" = "--heldout2" ]; then
  bench/fetch-dev-corpus.sh --heldout2 >&2
  exec ./kg sections --gold testdata/heldout2/gold/sections testdata/heldout2/pdf/*.pdf
fi
if [ "${1:-}" = "--heldout3" ]; then
  bench/fetch-dev-corpus.sh --heldout3 >&2
  exec ./kg sections --gold testdata/heldout3/gold/sections testdata/heldout3/pdf/*.pdf
fi
if [ "${1:-}" = "--heldout4" ]; then
  bench/fetch-dev-corpus.sh --heldout4 >&2
  exec ./kg sections --gold testdata/heldout4/gold/sections testdata/heldout4/pdf/*.pdf
fi
if [ "${1:-}" = "--heldout5" ]; then
  bench/fetch-dev-corpus.sh --heldout5 >&2
  exec ./kg sections --gold testdata/heldout5/gold/sections testdata/heldout5/pdf/*.pdf
fi
if [ $# -eq 0 ]; then set -- "$CORPUS"/DeepSeek_V3.pdf "$CORPUS"/DeepSeek_V2.pdf "$CORPUS"/DeepSeek_R1.pdf "$CORPUS"/DeepSeekMoE.pdf; fi
exec ./kg sections --gold "$CORPUS/gold/sections" "$@"
