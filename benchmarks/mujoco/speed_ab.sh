#!/usr/bin/env bash
# Speed of one env on two checkouts, measured alternately: ./speed_ab.sh ENV_ID JYM_A JYM_B [ROUNDS]
# e.g. benchmarks/mujoco/speed_ab.sh Ant-v5 /path/to/main/jym ./jym 3
# Each run: `jym bench ENV_ID --modes unwrapped --steps 20000 --warmup 20000` under /usr/bin/time;
# prints steps/s, the whole command's user CPU seconds (JVM start and warm-up included) and the
# load average before it. Build both launchers first (`jym list`) so no build is timed.
set -euo pipefail
env_id="$1"; a="$2"; b="$3"; rounds="${4:-3}"
steps="${STEPS:-20000}"; warmup="${WARMUP:-20000}"
for round in $(seq "$rounds"); do
  for jym in "$a" "$b"; do
    load="$(cut -d' ' -f1-3 /proc/loadavg)"
    out="$( { /usr/bin/time -f 'cpu_user_s %U' "$jym" bench "$env_id" --modes unwrapped \
      --steps "$steps" --warmup "$warmup" --json; } 2>&1 )"
    sps="$(grep -o '"steps_per_second":[0-9.]*' <<<"$out" | cut -d: -f2)"
    cpu="$(grep -o 'cpu_user_s [0-9.]*' <<<"$out" | cut -d' ' -f2)"
    echo "round $round  $jym  steps/s $sps  user CPU ${cpu}s  load $load"
  done
done
