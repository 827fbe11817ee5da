#!/usr/bin/env bash
# Prints the answer figures of BENCHMARKS.md: cited gold sections over ../shared/corpus/gold/questions.jsonl and
# claims made on questions the reports do not answer. Runs offline against an embedded Neo4j.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -o -q test -pl queries -am -Dtest=AnswerBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null || {
  echo "answers benchmark failed; see queries/target/surefire-reports" >&2
  cat queries/target/answer-benchmark.txt 2>/dev/null
  exit 1
}
cat queries/target/answer-benchmark.txt
