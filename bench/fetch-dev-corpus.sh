#!/usr/bin/env bash
# Brings the development corpus (testdata/dev/sources.tsv: reports from other labs, not kept in the repository) into
# testdata/dev/pdf/<id>.pdf, each file taken from its source repository at the pinned commit and checked by sha256.
# Usage: bench/fetch-dev-corpus.sh [--from DIR]   (--from: copy <id>.pdf or the source file name from DIR instead)
set -euo pipefail
cd "$(dirname "$0")/.."
FROM=""
if [ "${1:-}" = "--from" ]; then FROM="$2"; fi
OUT=testdata/dev/pdf
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
done < testdata/dev/sources.tsv
exit $status
