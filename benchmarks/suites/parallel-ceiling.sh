#!/usr/bin/env bash
# The ceiling for 2 workers against 1 on this machine: one CPU-bound JVM alone, then two identical
# ones at once (no cluster, nothing shared). Two workers cannot beat 2 x (alone) / (pair) on
# perfectly parallel work.
#
# Each JVM is  jym suite run classic-control --workers 1 --seeds 1 --algos ppo --envs CartPole-v1
#   --budget-scale B --out DIR  (one PPO CartPole task, the same as each task of cluster-scaling.sh)
# and is timed with /usr/bin/time (wall, user + system CPU).
#
# Usage: benchmarks/suites/parallel-ceiling.sh [RESULTS_DIR]   (on an idle machine)
# Environment: B=1 REPEATS=3
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-/tmp/jym-parallel-ceiling}"
B="${B:-1}"
REPEATS="${REPEATS:-3}"
JYM="$ROOT/jym"
mkdir -p "$OUT"
"$JYM" suite list >/dev/null  # builds once if needed; the runs below never build
export JYM_NO_BUILD=1

one() {  # NAME -> runs one JVM, its /usr/bin/time line in $OUT/NAME.time
  rm -rf "$OUT/$1"
  /usr/bin/time -f "%e %U %S" -o "$OUT/$1.time" "$JYM" suite run classic-control --workers 1 \
    --seeds 1 --algos ppo --envs CartPole-v1 --budget-scale "$B" --out "$OUT/$1" >"$OUT/$1.log" 2>&1
}
field() { awk -v i="$2" '{ print $i }' "$OUT/$1.time"; }

echo "# $(date -u +%FT%TZ) $(nproc) cores, budget scale $B"
echo "| repeat | alone wall s (cpu s) | pair wall s, each (cpu s) | ceiling 2 x alone / slower of pair | load before |"
echo "|---|---|---|---|---|"
for r in $(seq "$REPEATS"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  one "alone-$r"
  one "pair-$r-a" & a=$!
  one "pair-$r-b" & b=$!
  wait "$a" "$b"
  wa=$(field "alone-$r" 1); ca=$(echo "$(field "alone-$r" 2) + $(field "alone-$r" 3)" | bc)
  w1=$(field "pair-$r-a" 1); c1=$(echo "$(field "pair-$r-a" 2) + $(field "pair-$r-a" 3)" | bc)
  w2=$(field "pair-$r-b" 1); c2=$(echo "$(field "pair-$r-b" 2) + $(field "pair-$r-b" 3)" | bc)
  slow=$(echo "if ($w1 > $w2) $w1 else $w2" | bc)
  printf "| %s | %s (%s) | %s, %s (%s, %s) | %.2fx | %s |\n" "$r" "$wa" "$ca" "$w1" "$w2" "$c1" "$c2" \
    "$(echo "2 * $wa / $slow" | bc -l)" "$load"
done
