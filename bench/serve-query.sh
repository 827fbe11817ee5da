#!/usr/bin/env bash
# kg query through a running kg serve against a cold kg query (which starts the embedded Neo4j), same graph, same
# query, same run. Usage: bench/serve-query.sh [RUNS]  (builds the two demo reports into a fresh data directory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-5}"
work="$(mktemp -d)"
data="$work/data"
query='match "Lumen-2" gpu_hours ?hours'
trap 'kill "${server:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/kg" build --data "$data" "$root"/queries/src/main/resources/dev/citegraph/demo/*.md >/dev/null 2>&1

ms() { echo $(( $(date +%s%N) / 1000000 )); }
measure() { # label, then the command; prints the median and all runs in ms
  local label="$1"; shift; local times=()
  for _ in $(seq "$runs"); do
    local start; start=$(ms); "$@" >/dev/null 2>&1; times+=($(( $(ms) - start )))
  done
  local sorted; sorted=$(printf '%s\n' "${times[@]}" | sort -n | tr '\n' ' ')
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  printf '%-28s median %6d ms   runs: %s\n' "$label" "$median" "$sorted"
}

"$root/kg" query "$query" --data "$data" >/dev/null 2>&1   # warm the page cache and the ./kg build check
measure "cold kg query" "$root/kg" query "$query" --data "$data"
"$root/kg" serve --data "$data" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
server=$!
for _ in $(seq 120); do grep -q "citegraph serving" "$work/serve.out" 2>/dev/null && break; sleep 0.5; done
grep -q "citegraph serving" "$work/serve.out" || { cat "$work/serve.err" >&2; exit 1; }
measure "kg query through kg serve" "$root/kg" query "$query" --data "$data"
url=$(sed -E 's/^citegraph serving .* at (http:[^ ]+\/api\/v1) \(.*/\1/' "$work/serve.out")
measure "curl POST /api/v1/query" curl -sf -H 'Content-Type: application/json' \
  -d "{\"query\": \"match \\\"Lumen-2\\\" gpu_hours ?hours\"}" "$url/query"
diff <("$root/kg" query "$query" --data "$data") <(kill -0 $server && "$root/kg" query "$query" --data "$data") >/dev/null
kill -TERM "$server"; wait "$server" || true
test ! -e "$data/serve.json" && echo "kg serve stopped on SIGTERM; serve.json removed"
