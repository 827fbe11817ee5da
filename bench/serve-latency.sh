#!/usr/bin/env bash
# kg serve's latency (issue 12): time to first answer after start; warm p50/p95 of one question over HTTP, over MCP
# (streamable HTTP, the SDK's client) and as hand-written Cypher over the served Bolt port, alternating in one run;
# kg query through the running server against a cold kg query. On the graph of the four corpus reports (offline
# rules extractor) and on a synthetic graph of FACTS facts (bench/query.sh's). FACTS=0 skips the synthetic graph.
# Usage: bench/serve-latency.sh [RUNS [FACTS [SYNTHETIC_RUNS]]]   e.g. bench/serve-latency.sh 200 1000000 100
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
runs="${1:-200}"; facts="${2:-1000000}"; synthetic_runs="${3:-$runs}"; cli_runs=3
work="$(mktemp -d)"
trap 'kill "${server:-0}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
"$root/kg" --version >/dev/null   # builds citegraph if needed
(cd "$root" && mvn -B -o -q -pl queries -am test-compile >/dev/null)
# Copies, so that rebuilding the worktree during a long run does not pull classes from under it.
cp -r "$root/queries/target/test-classes" "$work/bench-classes"
bench_cp="$work/bench-classes:$(ls "$root"/queries/target/citegraph-queries-*.jar):$(ls "$root"/queries/target/lib/*.jar | tr '\n' ':')"
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GB", $2/1e6}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"

ms() { echo $(( $(date +%s%N) / 1000000 )); }
median_of() { sort -n | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }

serve_and_measure() { # label, data dir, runs, query, cypher, cypher parameters (name=value)...
  local label="$1" data="$2" n="$3" query="$4"; shift 4
  local body; body=$(printf '{"query": %s}' "$(printf '%s' "$query" | python3 -c 'import json,sys; print(json.dumps(sys.stdin.read()))')")
  echo; echo "== $label: $query"
  local start; start=$(ms)
  "$root/kg" serve --data "$data" --port 0 --bolt 0 >"$work/serve.out" 2>"$work/serve.err" &
  server=$!
  local url=""
  while kill -0 "$server" 2>/dev/null; do
    [ -z "$url" ] && [ -s "$data/serve.json" ] && url=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["url"])' "$data/serve.json" 2>/dev/null || true)
    if [ -n "$url" ] && curl -sf -o /dev/null -H 'Content-Type: application/json' -d "$body" "$url/api/v1/query"; then break; fi
    sleep 0.1
  done
  kill -0 "$server" 2>/dev/null || { cat "$work/serve.err" >&2; exit 1; }
  echo "time to first answer (launch of ./kg serve to the first 200 of POST /api/v1/query): $(( $(ms) - start )) ms"
  java -Xmx1g -cp "$bench_cp" dev.citegraph.queries.bench.ServeLatencyBenchmark "$data" "$n" "$query" "$@"
  local through=() cold=()
  for _ in $(seq "$cli_runs"); do
    start=$(ms); "$root/kg" query "$query" --data "$data" >/dev/null 2>&1; through+=($(( $(ms) - start )))
  done
  kill -TERM "$server"; wait "$server" || true; server=""
  for _ in $(seq "$cli_runs"); do
    start=$(ms); "$root/kg" query "$query" --data "$data" >/dev/null 2>&1; cold+=($(( $(ms) - start )))
  done
  echo "kg query through kg serve: median $(printf '%s\n' "${through[@]}" | median_of) ms (runs: ${through[*]})"
  echo "cold kg query:             median $(printf '%s\n' "${cold[@]}" | median_of) ms (runs: ${cold[*]})"
}

start=$(ms)
"$root/kg" build --data "$work/corpus" "$root"/testdata/corpus/*.pdf >/dev/null 2>&1
echo "corpus graph built in $(( ($(ms) - start) / 1000 )) s"
serve_and_measure "four corpus reports" "$work/corpus" "$runs" 'match "DeepSeek-V3" gpu_hours ?hours' \
  "MATCH (:Name {key: \$k})-[:NAMES]->(:Entity)<-[:SUBJECT]-(f:Fact {predicate: 'gpu_hours', status: 'VERIFIED'})
   MATCH (f)-[c:CITES]->(s:Section)
   RETURN f.id, f.valueText, f.unit, f.qualifiers, c.documentId, s.number, s.title, c.page, c.quote ORDER BY f.id" \
  k=deepseek-v3

if [ "$facts" -gt 0 ]; then
  java -Xmx3g -cp "$bench_cp" dev.citegraph.queries.bench.LoadSyntheticGraph "$work/synthetic" "$facts" 2>/dev/null
  serve_and_measure "$facts synthetic facts" "$work/synthetic" "$synthetic_runs" 'facts about "model-17"' \
    "MATCH (:Name {key: \$k})-[:NAMES]->(:Entity)<-[:SUBJECT|OBJECT]-(f:Fact {status: 'VERIFIED'})
     MATCH (f)-[c:CITES]->(s:Section)
     RETURN f.id, f.predicate, f.valueText, f.unit, f.objectText, c.documentId, s.number, c.quote
     ORDER BY f.predicate, f.id" \
    k=model-17
fi
