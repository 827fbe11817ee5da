#!/usr/bin/env bash
# Prints the answer figures of BENCHMARKS.md: cited gold sections over testdata/corpus/gold/questions.jsonl and
# claims made on questions the reports do not answer. Runs offline against an embedded Neo4j.
#   bench/answers.sh            graph = the gold facts loaded as verified facts
#   bench/answers.sh DATA_DIR   graph = a store built by `kg build --data DATA_DIR testdata/corpus/*.pdf`
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
data="${1:+$(cd "$1" && pwd)}"
mvn -B -o -q test -pl queries -am -Dtest=AnswerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Danswers.data="$data" >/dev/null || {
  echo "answers benchmark failed; see queries/target/surefire-reports" >&2
  cat queries/target/answer-benchmark.txt 2>/dev/null
  exit 1
}
cat queries/target/answer-benchmark.txt
