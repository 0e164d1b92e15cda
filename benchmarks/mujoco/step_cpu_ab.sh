#!/usr/bin/env bash
# CPU time per env step of two builds, measured alternately (benchmarks/mujoco/StepCpu.java), so
# that a busy or drifting machine hits both alike. Each build is a folder holding jym.jar and lib/
# (copies of cli/target/jym.jar and cli/target/lib after `./jym list` on that checkout).
# Usage: benchmarks/mujoco/step_cpu_ab.sh DIR_A DIR_B [ROUNDS] ID [ID ...]
# e.g.   STEPS=60000 nice -n 10 benchmarks/mujoco/step_cpu_ab.sh /tmp/main /tmp/branch 5 \
#            Hopper-v5 Walker2d-v5 HalfCheetah-v5
# Prints per round and build: µs of thread CPU per step for each env and the 1-minute load
# average before the run; then each env's median per build and the ratio of the medians B/A.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
a="$1"; b="$2"; rounds="$3"; shift 3
steps="${STEPS:-60000}"; warmup="${WARMUP:-$steps}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for round in $(seq "$rounds"); do
  for dir in "$a" "$b"; do
    load="$(cut -d' ' -f1 /proc/loadavg)"
    java -cp "$dir/jym.jar:$dir/lib/*" "$ROOT/benchmarks/mujoco/StepCpu.java" \
      --steps "$steps" --warmup "$warmup" --rounds 1 "$@" \
      | awk -v d="$dir" -v r="$round" -v l="$load" \
        '/^round/ {printf "%s %s %s %s %s\n", r, d, $3, $4, l}' | tee -a "$log"
  done
done
awk -v a="$a" -v b="$b" '
  function median(list,   n, v, i, j, t) {
    n = split(list, v, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return n % 2 ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  { t[$2 SUBSEP $3] = t[$2 SUBSEP $3] " " $4; ids[$3] = 1 }
  END {
    for (id in ids) {
      ma = median(t[a SUBSEP id]); mb = median(t[b SUBSEP id])
      printf "%-16s median us/step  A %.2f  B %.2f  B/A %.3f\n", id, ma, mb, mb / ma
    }
  }' "$log"
