#!/usr/bin/env bash
# Faults on a loopback cluster, with real JVMs, checked against a one-JVM run of the same suite:
#  1. coordinator + 3 workers; `kill -9` of one worker once the first result is written: the suite
#     must complete with every task written once;
#  2. coordinator + 2 workers; `kill -9` of the coordinator once two results are written, then the
#     same command again: it must skip those and finish the rest (the workers wait and rejoin);
#  3. every result.json of both runs equal to the one-JVM run's in eval, training steps and return,
#     and config.
# Usage: benchmarks/suites/cluster-faults.sh [RESULTS_DIR]   (any load; prints PASS or FAIL lines)
# Environment: SELECTION="--seeds 3 --algos ppo,dqn --envs CartPole-v1 --budget-scale 0.05"
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-/tmp/jym-cluster-faults}"
read -r -a SELECTION <<<"${SELECTION:---seeds 3 --algos ppo,dqn --envs CartPole-v1 --budget-scale 0.05}"
JYM="$ROOT/jym"
rm -rf "$OUT" && mkdir -p "$OUT"
"$JYM" suite list >/dev/null  # builds once if needed; the runs below never build
export JYM_NO_BUILD=1
failed=0
check() { if eval "$2"; then echo "PASS $1"; else echo "FAIL $1"; failed=1; fi; }
results() { find "$OUT/$1/tasks" -name result.json 2>/dev/null | wc -l; }
wait_results() {  # DIR N: waits until N results are written in DIR
  until [ "$(results "$1")" -ge "$2" ]; do sleep 0.2; done
}
coordinator() { "$JYM" suite run classic-control --out "$OUT/$1" --cluster "${SELECTION[@]}"; }
worker() { "$JYM" worker --join 127.0.0.1:5701 --work-dir "$OUT/scratch-$1"; }

"$JYM" suite run classic-control --out "$OUT/local" --workers 1 "${SELECTION[@]}" >"$OUT/local.log" 2>&1
tasks=$(results local)
echo "one JVM: $tasks tasks"

# 1. a worker killed mid-suite
coordinator killed >"$OUT/killed.log" 2>&1 & c=$!
pids=()
for i in 1 2 3; do worker "k$i" >"$OUT/killed.worker$i.log" 2>&1 & pids+=($!); done
wait_results killed 1
victim=$(pgrep -f "scratch-k1" | head -n1)
kill -9 "$victim"
echo "killed worker 1 (pid $victim) after $(results killed) result(s)"
wait "$c"
wait "${pids[@]:1}" || true
check "worker killed: $tasks of $tasks tasks written" "[ $(results killed) -eq $tasks ]"
check "worker killed: its task offered again" "grep -q 'offered again' '$OUT/killed.log'"

# 2. the coordinator killed, then started again
coordinator restarted >"$OUT/restarted.log" 2>&1 & c=$!
pids=()
for i in 1 2; do worker "r$i" >"$OUT/restarted.worker$i.log" 2>&1 & pids+=($!); done
wait_results restarted 2
kill -9 "$(pgrep -f -- "--out $OUT/restarted --cluster" | head -n1)"
before=$(results restarted)
echo "killed the coordinator after $before result(s)"
wait "$c" || true
coordinator restarted >"$OUT/restarted.again.log" 2>&1
wait "${pids[@]}"
check "coordinator restarted: $tasks of $tasks tasks written" "[ $(results restarted) -eq $tasks ]"
check "coordinator restarted: skipped what was written" "grep -q '$before already finished' '$OUT/restarted.again.log'"

# 3. the same numbers as one JVM
same() {  # RUN: every result equal to the one-JVM run's (timings aside)
  local f
  for f in "$OUT"/local/tasks/*/result.json; do
    cmp -s <(jq -S '{eval, config, train: (.train | del(.wall_seconds, .steps_per_second))}' "$f") \
      <(jq -S '{eval, config, train: (.train | del(.wall_seconds, .steps_per_second))}' \
        "$OUT/$1/tasks/$(basename "$(dirname "$f")")/result.json") || return 1
  done
}
check "worker killed: results equal to one JVM's" "same killed"
check "coordinator restarted: results equal to one JVM's" "same restarted"
echo "Logs: $OUT/*.log"
exit "$failed"
