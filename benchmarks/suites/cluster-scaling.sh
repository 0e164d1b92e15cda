#!/usr/bin/env bash
# Suite on a loopback cluster: 1 worker against 2, and the cluster path's overhead per task.
#
# For each budget scale B and each worker count N it starts, at once,
#   jym suite run classic-control --out DIR --cluster --seeds SEEDS --algos ppo --envs CartPole-v1 --budget-scale B
#   and N x  jym worker --join 127.0.0.1:5701
# and times the coordinator from its start to its exit (JVM start-up, member join and the workers'
# warm-up included). The coordinator's closing lines give the overhead per task (claimed to written,
# less the task's own time) and its parts. Then an overhead run: many tiny tasks (--budget-scale
# 0.001), where the overhead is a large share of each task.
#
# Usage: benchmarks/suites/cluster-scaling.sh [RESULTS_DIR]   (run on an idle machine, from any dir)
# Environment: SCALES="1 2" WORKERS="1 2" SEEDS=8 OVERHEAD_SEEDS=30 REPEATS=1
#   WORKER_JAVA_OPTS  JVM options of the workers only, e.g. -XX:TieredStopAtLevel=1 (docs/suites.md)
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-/tmp/jym-cluster-scaling}"
SCALES="${SCALES:-1 2}"
WORKERS="${WORKERS:-1 2}"
SEEDS="${SEEDS:-8}"
OVERHEAD_SEEDS="${OVERHEAD_SEEDS:-30}"
REPEATS="${REPEATS:-1}"
JYM="$ROOT/jym"
mkdir -p "$OUT"
"$JYM" suite list >/dev/null  # builds once if needed; the runs below never build
export JYM_NO_BUILD=1

# one run: prints "wall_s overhead_median_ms overhead_max_ms" and keeps the logs in $OUT
run() {  # NAME WORKERS SCALE SEEDS
  local name=$1 n=$2 scale=$3 seeds=$4 dir="$OUT/$1" t0 t1 pids=()
  rm -rf "$dir" "$dir".*.log
  if (exec 3<>/dev/tcp/127.0.0.1/5701) 2>/dev/null; then
    echo "port 5701 is in use: stop the other coordinator first" >&2; exit 1
  fi
  t0=$(date +%s.%N)
  "$JYM" suite run classic-control --out "$dir" --cluster --seeds "$seeds" --algos ppo \
    --envs CartPole-v1 --budget-scale "$scale" >"$dir.coordinator.log" 2>&1 &
  local coordinator=$!
  for i in $(seq "$n"); do
    JYM_JAVA_OPTS="${WORKER_JAVA_OPTS:-}" "$JYM" worker --join 127.0.0.1:5701 >"$dir.worker$i.log" 2>&1 &
    pids+=($!)
  done
  wait "$coordinator"
  t1=$(date +%s.%N)
  wait "${pids[@]}"
  awk -v w="$(echo "$t1 - $t0" | bc)" '
    /cluster overhead per task/ { for (i = 1; i <= NF; i++) { if ($i == "median") m = $(i+1); if ($i == "max") x = $(i+1) } }
    END { printf "%.1f %s %s\n", w, m, x }' "$dir.coordinator.log"
}

echo "# $(date -u +%FT%TZ) $(nproc) cores, $(java -version 2>&1 | head -n1)," \
  "worker JVM options: '${WORKER_JAVA_OPTS:-}'"
echo
echo "| budget scale | workers | wall s | speed-up vs 1 worker | overhead median / max ms | load before |"
echo "|---|---|---|---|---|---|"
for scale in $SCALES; do
  for r in $(seq "$REPEATS"); do
    base=""
    for n in $WORKERS; do
      load=$(cut -d' ' -f1 /proc/loadavg)
      read -r wall med max < <(run "b$scale-w$n-r$r" "$n" "$scale" "$SEEDS")
      [ -z "$base" ] && base=$wall
      printf "| %s | %s | %s | %.2fx | %s / %s | %s |\n" "$scale" "$n" "$wall" \
        "$(echo "$base / $wall" | bc -l)" "$med" "$max" "$load"
    done
  done
done
echo
echo "Overhead per task, $OVERHEAD_SEEDS tiny tasks (--budget-scale 0.001):"
for n in $WORKERS; do
  load=$(cut -d' ' -f1 /proc/loadavg)
  run "overhead-w$n" "$n" 0.001 "$OVERHEAD_SEEDS" >/dev/null
  echo "- $n worker(s), load before $load:"
  grep -E "cluster overhead per task|its parts" "$OUT/overhead-w$n.coordinator.log" | sed 's/^/  /'
done
# the local path for comparison: the suite's own wall time (printed by jym, start-up excluded) less
# the tasks' own wall times, per task
rm -rf "$OUT/local"
"$JYM" suite run classic-control --out "$OUT/local" --workers 1 --seeds "$OVERHEAD_SEEDS" --algos ppo \
  --envs CartPole-v1 --budget-scale 0.001 >"$OUT/local.log" 2>&1
suite_s=$(grep -o 'failed in [0-9.]* s' "$OUT/local.log" | awk '{print $3}')
tasks_s=$(cat "$OUT"/local/tasks/*/result.json | grep -o '^  "wall_seconds" : [0-9.eE-]*' | awk '{s += $3} END {print s}')
echo "- local path, --workers 1: $(echo "1000 * ($suite_s - $tasks_s) / $OVERHEAD_SEEDS" | bc -l | xargs printf '%.0f') ms per task" \
  "(suite $suite_s s less the tasks' own $tasks_s s, over $OVERHEAD_SEEDS tasks)"
echo
echo "Logs: $OUT/*.log"
