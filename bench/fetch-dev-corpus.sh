#!/usr/bin/env bash
# Brings the development corpus (testdata/dev/sources.tsv: reports from other labs, not kept in the repository) into
# testdata/dev/pdf/<id>.pdf, each file taken from its source repository at the pinned commit and checked by sha256.
# Usage: bench/fetch-dev-corpus.sh [--heldout | --heldout2 | --heldout3 | --heldout4 | --heldout5] [--from DIR]
#   --heldout:  the reports kept aside (testdata/heldout) instead of the development corpus
#   --heldout2: the second set of reports kept aside (testdata/heldout2)
#   --heldout3: the third set of reports kept aside (testdata/heldout3)
#   --heldout4: the fourth set of reports kept aside (testdata/heldout4)
#   --heldout5: the fifth, fresh set of reports kept aside (testdata/heldout5)
#   --from:     copy <id>.pdf or the source file name from DIR instead of downloading
set -euo pipefail
cd "$(dirname "$0")/.."
SET=testdata/dev
FROM=""
while [ $# -gt 0 ]; do
  case "$1" in
    --heldout) SET=testdata/heldout; shift ;;
    --heldout2) SET=testdata/heldout2; shift ;;
    --heldout3) SET=testdata/heldout3; shift ;;
    --heldout4) SET=testdata/heldout4; shift ;;
    --heldout5) SET=testdata/heldout5; shift ;;
    --from) FROM="$2"; shift 2 ;;
    *) echo "unknown argument $1; usage: bench/fetch-dev-corpus.sh [--heldout | --heldout2 | --heldout3 | --heldout4 | --heldout5] [--from DIR]" >&2; exit 2 ;;
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
