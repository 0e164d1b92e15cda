#!/usr/bin/env bash
# CPU time and allocation per env step of unwrapped envs on this checkout
# (benchmarks/mujoco/StepCpu.java), after building the jym launcher if needed.
# Usage: benchmarks/mujoco/step_cpu.sh [--steps N] [--warmup W] [--rounds R] ID [ID ...]
# e.g.   nice -n -10 benchmarks/mujoco/step_cpu.sh --rounds 3 HalfCheetah-v5 Hopper-v5
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$ROOT/jym" list > /dev/null
exec java -cp "$ROOT/cli/target/jym.jar:$ROOT/cli/target/lib/*" \
  "$ROOT/benchmarks/mujoco/StepCpu.java" "$@"
