#!/usr/bin/env bash
# Threaded vector env scaling of HoverAviary-v0 (pyb on JBullet, 8 sub-envs): `jym bench` with
# the unwrapped env, the synchronous vector env (one thread) and the threaded one (2 threads),
# ROUNDS times back to back, then FreeThreads.java (8 envs stepped by 1 and by 2 plain threads,
# no vector env: CPU time and bytes allocated per env-step). Prints the load average before each
# run and the ratio threaded / synchronous. Usage, from the repository root:
#   benchmarks/drones/thread_scaling.sh [ROUNDS] [ENGINE]
set -euo pipefail
rounds=${1:-3}
engine=${2:-jbullet}
root=$(cd "$(dirname "$0")/../.." && pwd)
kwargs="{\"physics\":\"pyb\",\"engine\":\"$engine\"}"
"$root/jym" list >/dev/null # builds the jar when sources changed
for round in $(seq 1 "$rounds"); do
  echo "round $round, $(uptime | sed 's/.*load/load/')"
  "$root/jym" bench HoverAviary-v0 --steps 200000 --warmup 100000 --num-envs 8 \
    --modes unwrapped,vector-sync,vector-threaded --kwargs "$kwargs" \
    | awk '/^HoverAviary/ {print; v = $7; gsub(",", "", v); r[$2] = v}
           END {printf "  threaded / sync: %.2fx\n", r["vector-threaded"] / r["vector-sync"]}'
done
echo "free threads, $(uptime | sed 's/.*load/load/')"
java -cp "$root/cli/target/jym.jar:$root/cli/target/lib/*" "$root/benchmarks/drones/FreeThreads.java" \
  HoverAviary-v0 "$kwargs" 400000 2
