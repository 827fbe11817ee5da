#!/usr/bin/env bash
# Section-heading recall and precision of citegraph against hand-checked gold headings.
# Usage: bench/sections-quality.sh [PDF...]    (from the repository root; default: the four corpus PDFs)
#        bench/sections-quality.sh --dev       (the development corpus of other labs' reports, testdata/dev)
#        bench/sections-quality.sh --heldoutN  (a set of reports kept aside, testdata/heldoutN: --heldout,
#                                               --heldout2 ... --heldout6; each set's README says when it was
#                                               measured and whether it has been seen since)
# A set's PDFs are brought in first by bench/fetch-dev-corpus.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
CORPUS=testdata/corpus
case "${1:-}" in
  --dev|--heldout*)
    SET=testdata/${1#--}
    bench/fetch-dev-corpus.sh "$1" >&2
    exec ./kg sections --gold "$SET/gold/sections" "$SET"/pdf/*.pdf ;;
esac
if [ $# -eq 0 ]; then set -- "$CORPUS"/DeepSeek_V3.pdf "$CORPUS"/DeepSeek_V2.pdf "$CORPUS"/DeepSeek_R1.pdf "$CORPUS"/DeepSeekMoE.pdf; fi
exec ./kg sections --gold "$CORPUS/gold/sections" "$@"
