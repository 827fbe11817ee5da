#!/usr/bin/env bash
# Pages per second of citegraph's PDF reading against pdftotext -layout, same machine, same run.
# Usage: bench/ingest-pages.sh [ROUNDS]   (from the repository root; needs poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-5}
WARMUP=3
CORPUS=testdata/corpus
PDFS=("$CORPUS/DeepSeek_V3.pdf" "$CORPUS/DeepSeek_V2.pdf" "$CORPUS/DeepSeek_R1.pdf" "$CORPUS/DeepSeekMoE.pdf")
command -v pdftotext >/dev/null || { echo "pdftotext missing: apt-get install -y poppler-utils" >&2; exit 1; }

# One reactor run, so that the graph module resolves from the reactor: nothing is installed in ~/.m2.
mvn -B -o -q compile dependency:build-classpath -pl extractor -am -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
CP="extractor/target/classes:graph/target/classes:$(cat extractor/target/bench-classpath.txt)"
PAGES=0
for pdf in "${PDFS[@]}"; do PAGES=$((PAGES + $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}'))); done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "corpus: ${#PDFS[@]} PDFs, $PAGES pages; $WARMUP warm-up rounds, $ROUNDS measured rounds"

for _ in $(seq "$WARMUP"); do for pdf in "${PDFS[@]}"; do pdftotext -layout "$pdf" /dev/null; done; done
start=$(date +%s.%N)
for _ in $(seq "$ROUNDS"); do for pdf in "${PDFS[@]}"; do pdftotext -layout "$pdf" /dev/null; done; done
end=$(date +%s.%N)
PDFTOTEXT_RSS=$( { /usr/bin/time -f '%M' pdftotext -layout "${PDFS[0]}" /dev/null; } 2>&1 | tail -1)
PDFTOTEXT_RATE=$(awk -v p="$PAGES" -v r="$ROUNDS" -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", p * r / (e - s) }')
echo "pdftotext -layout: $PDFTOTEXT_RATE pages/s, peak RSS $((PDFTOTEXT_RSS / 1024)) MB (one PDF)"

HEAP=${HEAP:-256m}
JAVA_OUT=$(/usr/bin/time -f 'maxrss_kb %M' java -Xmx"$HEAP" -Dpdfbox.fontcache=extractor/target -cp "$CP" bench/ReadBenchmark.java "$WARMUP" "$ROUNDS" "${PDFS[@]}" 2>&1)
echo "$JAVA_OUT" | grep -v maxrss_kb
echo "$JAVA_OUT" | awk -v h="$HEAP" '/maxrss_kb/ { printf "citegraph JVM peak RSS %d MB (-Xmx%s)\n", $2 / 1024, h }'
echo "$JAVA_OUT" | awk -v base="$PDFTOTEXT_RATE" '/^citegraph: mean/ { printf "ratio: citegraph mean / pdftotext = %.2f (target >= 0.5, issue 15)\n", $3 / base }'
