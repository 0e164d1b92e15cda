#!/usr/bin/env bash
# PandaPush-v3 steps/s against panda-gym in one run: alternates panda-gym (bench_original.py) with
# `jym bench PandaPush-v3` on ODE4J and on JBullet, ROUNDS times (default 2), printing the load
# average before and after. Quote the best round of each; the ratio is ours / panda-gym's.
#
#   PANDA_GYM=<panda-gym checkout> PYTHON=<python with pybullet, gymnasium, numpy> \
#     benchmarks/manipulators/compare.sh [ROUNDS]
#
# PANDA_GYM may be left empty when panda-gym is installed in PYTHON's environment. Extra Maven
# options for jym's build go in JYM_MVN_OPTS as usual.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
ROUNDS="${1:-2}"

"$ROOT/jym" list >/dev/null  # builds jym first, outside the timed runs
uptime
for round in $(seq "$ROUNDS"); do
  echo "--- round $round"
  PYTHONPATH="${PANDA_GYM:-}" "$PYTHON" "$ROOT/benchmarks/manipulators/bench_original.py" \
    --steps 1000 --warmup 200 --repeats 3 2>/dev/null | grep 'round '
  # Long warm-ups: on a busy machine the JIT needs ~10,000 steps to compile ODE4J's solver.
  "$ROOT/jym" bench PandaPush-v3 --modes unwrapped --steps 10000 --warmup 20000 \
    --kwargs '{"engine": "ode4j"}' | tail -n 1 | sed "s/^/ode4j: /"
  "$ROOT/jym" bench PandaPush-v3 --modes unwrapped --steps 3000 --warmup 6000 \
    --kwargs '{"engine": "jbullet"}' | tail -n 1 | sed "s/^/jbullet: /"
done
uptime
