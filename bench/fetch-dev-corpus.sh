#!/usr/bin/env bash
# Brings the development corpus (testdata/dev/sources.tsv: reports from other labs, not kept in the repository) into
# testdata/dev/pdf/<id>.pdf, each file taken from its source repository at the pinned commit and checked by sha256.
# Usage: bench/fetch-dev-corpus.sh [--dev | --heldout | --heldout2 ... --heldout6] [--from DIR]
#   --dev:       the development corpus (testdata/dev), the default
#   --heldoutN:  a set of reports kept aside instead (testdata/heldoutN; its README says when it was measured)
#   --from:      copy <id>.pdf or the source file name from DIR instead of downloading
set -euo pipefail
cd "$(dirname "$0")/.."
SET=testdata/dev
FROM=""
usage="usage: bench/fetch-dev-corpus.sh [--dev | $(ls -d testdata/heldout* | sed 's|testdata/|--|' | paste -sd'|' | sed 's/|/ | /g')] [--from DIR]"
while [ $# -gt 0 ]; do
  case "$1" in
    --dev|--heldout*) SET=testdata/${1#--}; shift
      [ -f "$SET/sources.tsv" ] || { echo "no set ${SET}: $usage" >&2; exit 2; } ;;
    --from) FROM="$2"; shift 2 ;;
    *) echo "unknown argument $1; $usage" >&2; exit 2 ;;
  esac
done
OUT=$SET/pdf
mkdir -p "$OUT"
status=0
while IFS=$'\t' read -r id repo path commit sha licence; do
  case "$id" in ''|'#'*) continue ;; esac
  file="$OUT/$id.pdf"
  if [ ! -f "$file" ]; then
    if [ -n "$FROM" ]; then
      src="$FROM/$id.pdf"; [ -f "$src" ] || src="$FROM/$(basename "$path")"
      cp "$src" "$file"
    else
      curl -fsSL --retry 2 -o "$file" "https://raw.githubusercontent.com/$repo/$commit/$(printf '%s' "$path" | sed 's/ /%20/g')"
    fi
  fi
  if echo "$sha  $file" | sha256sum -c --status; then
    echo "ok       $id  ($repo@${commit:0:7} $path)"
  else
    echo "MISMATCH $id  ($file is not the pinned version)" >&2; status=1
  fi
done < "$SET/sources.tsv"
exit $status
