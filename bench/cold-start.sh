#!/usr/bin/env bash
# A cold kg query through the ./kg launcher under four JVM settings, interleaved in one run: the JVM's defaults,
# C1-only compilation with the serial collector, an AppCDS archive (made by one untimed run first, as the launcher
# makes it on a first run), and both. Prints median wall and CPU (user + system) time per setting and its ratio to the
# defaults. Usage: bench/cold-start.sh [ROUNDS]   (builds the two demo reports into a fresh data directory)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds="${1:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
data="$work/data"
query='match "Lumen-2" gpu_hours ?hours'
"$root/kg" build --data "$data" "$root"/queries/src/main/resources/dev/citegraph/demo/*.md >/dev/null 2>&1

names=(default c1-serial cds c1-serial+cds)
opts=("-Xmx2g" "-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" "-Xmx2g" \
      "-Xmx2g -XX:TieredStopAtLevel=1 -XX:+UseSerialGC")
cds=(off off on on)

run() { # setting index, output file for "wall user sys"
  KG_JAVA_OPTS="${opts[$1]}" KG_CDS="${cds[$1]}" XDG_CACHE_HOME="$work/cache-$1" \
    /usr/bin/time -f '%e %U %S' -o "$2" "$root/kg" query "$query" --data "$data" >"$work/out" 2>/dev/null
  grep -q '0.52M A100 GPU hours' "$work/out" || { echo "setting ${names[$1]}: wrong answer" >&2; exit 1; }
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), java $(java -version 2>&1 | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in "${!names[@]}"; do
  if [ "${cds[$i]}" = on ]; then
    run "$i" "$work/setup-$i"
    echo "${names[$i]}: archive made by a first run of $(cut -d' ' -f1 "$work/setup-$i") s wall," \
      "$(du -m "$work/cache-$i"/citegraph/cds/*.jsa | cut -f1) MB"
  fi
done
for r in $(seq "$rounds"); do
  for i in "${!names[@]}"; do
    run "$i" "$work/time"
    read -r wall user sys <"$work/time"
    echo "$wall" >>"$work/wall-$i"
    echo "$user $sys" | awk '{print $1 + $2}' >>"$work/cpu-$i"
  done
done
median() { sort -n "$1" | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
base_wall=$(median "$work/wall-0"); base_cpu=$(median "$work/cpu-0")
printf '%-16s %12s %8s %12s %8s   %s\n' setting "wall median" ratio "CPU median" ratio "wall runs (s)"
for i in "${!names[@]}"; do
  wall=$(median "$work/wall-$i"); cpu=$(median "$work/cpu-$i")
  printf '%-16s %10.2f s %8.2f %10.2f s %8.2f   %s\n' "${names[$i]}" "$wall" "$(echo "$wall $base_wall" | awk '{print $1/$2}')" \
    "$cpu" "$(echo "$cpu $base_cpu" | awk '{print $1/$2}')" "$(tr '\n' ' ' <"$work/wall-$i")"
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
