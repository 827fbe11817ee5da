#!/usr/bin/env bash
# Prints how long each console page waited for its data in a real browser (Performance API measures "data:PAGE"),
# on the corpus graph: runs ConsoleBrowserTest (needs /usr/bin/chromium and /usr/bin/chromedriver) and prints
# queries/target/console-timings.md. Screenshots go to docs/console when given --screenshots.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
shots=()
if [ "${1:-}" = "--screenshots" ]; then shots=(-Dconsole.screenshots="$root/docs/console"); fi
mvn -B -o -q test -pl queries -am -Dtest=ConsoleBrowserTest -Dsurefire.failIfNoSpecifiedTests=false "${shots[@]}" \
    >/dev/null || { echo "console browser tests failed; see queries/target/surefire-reports" >&2; exit 1; }
cat queries/target/console-timings.md
