#!/usr/bin/env bash
# CPU time of a cluster coordinator per thread while workers train: what the coordinator takes
# from the cores the workers need.
#
# Starts, at once,
#   jym suite run classic-control --out DIR --cluster --seeds SEEDS --algos ppo --envs CartPole-v1 --budget-scale B
#   and N x  jym worker --join 127.0.0.1:5701
# takes a jstack of the coordinator JVM every 5 s until it exits, and prints the CPU seconds of its
# threads from the last one, grouped by name (digits and member ids dropped), largest first, with
# the wall time. Whatever ran after the last sample (at most about 5 s, the end) is not counted.
#
# Usage: benchmarks/suites/coordinator-cpu.sh [RESULTS_DIR]
# Environment: B=0.3 N=2 SEEDS=4, COORDINATOR_JAVA_OPTS (JVM options of the coordinator only)
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="${1:-/tmp/jym-coordinator-cpu}"
B="${B:-0.3}"
N="${N:-2}"
SEEDS="${SEEDS:-4}"
JYM="$ROOT/jym"
mkdir -p "$OUT"
"$JYM" suite list >/dev/null  # builds once if needed; the runs below never build
export JYM_NO_BUILD=1
if (exec 3<>/dev/tcp/127.0.0.1/5701) 2>/dev/null; then
  echo "port 5701 is in use: stop the other coordinator first" >&2; exit 1
fi
rm -rf "$OUT/run" "$OUT"/*.log
load0=$(cut -d' ' -f1 /proc/loadavg)
t0=$(date +%s.%N)
JYM_JAVA_OPTS="${COORDINATOR_JAVA_OPTS:-}" "$JYM" suite run classic-control --out "$OUT/run" --cluster \
  --seeds "$SEEDS" --algos ppo --envs CartPole-v1 --budget-scale "$B" >"$OUT/coordinator.log" 2>&1 &
launcher=$!
pids=()
for i in $(seq "$N"); do
  "$JYM" worker --join 127.0.0.1:5701 >"$OUT/worker$i.log" 2>&1 &
  pids+=($!)
done
# the JVM is the launcher's child (or the launcher itself after exec)
java_pid() {
  local p
  for p in "$1" $(pgrep -P "$1" 2>/dev/null); do
    if [ "$(cat /proc/"$p"/comm 2>/dev/null)" = java ]; then echo "$p"; return; fi
  done
}
snap() {  # PID -> "name cpu_ms" per thread, from jstack (JDK 17 prints each thread's CPU time)
  jstack "$1" 2>/dev/null | awk '/^"/ && / cpu=/ {
    name = substr($0, 2, index(substr($0, 2), "\"") - 1)
    gsub(/[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+-[0-9a-f]+/, "", name)  # member ids
    gsub(/[0-9]+/, "", name); gsub(/ /, "_", name)
    match($0, / cpu=[0-9.]+ms/); print name, substr($0, RSTART + 5, RLENGTH - 7) }' || true
}
# keeps the sample with the most CPU (the JVM may be gone by the time of the next one)
jvm=""
best=0
while kill -0 "$launcher" 2>/dev/null; do
  [ -z "$jvm" ] && jvm=$(java_pid "$launcher")
  if [ -n "$jvm" ]; then
    s=$(snap "$jvm")
    total=$(echo "$s" | awk '{ t += $2 } END { printf "%d", t }')
    if [ "$total" -ge "$best" ]; then
      best=$total
      echo "$s" >"$OUT/last-snapshot.txt"
    fi
  fi
  sleep 5
done
t1=$(date +%s.%N)
wait "${pids[@]}" || true
echo "# $(date -u +%FT%TZ), load before $load0, after $(cut -d' ' -f1 /proc/loadavg); wall $(echo "$t1 - $t0" | bc) s," \
  "$SEEDS PPO CartPole tasks of budget scale $B, $N worker(s)"
echo "coordinator CPU seconds by thread (last jstack before exit):"
awk '{ s[$1] += $2; tot += $2 } END {
  for (k in s) printf "  %-50s %7.2f\n", k, s[k] / 1000; printf "  %-50s %7.2f\n", "TOTAL", tot / 1000 }' \
  "$OUT/last-snapshot.txt" | sort -k2 -nr
grep -E "cluster overhead per task|its parts" "$OUT/coordinator.log" || true
