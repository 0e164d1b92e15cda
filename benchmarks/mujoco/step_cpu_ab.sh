#!/usr/bin/env bash
# CPU per env step of two builds, measured alternately with StepCpu.java:
#   benchmarks/mujoco/step_cpu_ab.sh DIR_A DIR_B ROUNDS ENV_ID [ENV_ID ...]
# Each DIR holds a copy of a checkout's cli/target/jym.jar and cli/target/lib (`jym list` builds
# them), e.g. for main:  mkdir -p /tmp/A && cp -r cli/target/jym.jar cli/target/lib /tmp/A
# Each round runs DIR_A then DIR_B (40,000 warm-up and 40,000 timed steps per env, STEPS and
# WARMUP override) and prints the load average before each run.
set -euo pipefail
a="$1"; b="$2"; rounds="$3"; shift 3
steps="${STEPS:-40000}"; warmup="${WARMUP:-40000}"
here="$(cd "$(dirname "$0")" && pwd)"
for round in $(seq "$rounds"); do
  for dir in "$a" "$b"; do
    echo "== round $round  $dir  load $(cut -d' ' -f1-3 /proc/loadavg)"
    java -cp "$dir/jym.jar:$dir/lib/*" "$here/StepCpu.java" --steps "$steps" --warmup "$warmup" \
      --rounds 1 "$@"
  done
done
