#!/usr/bin/env bash
# Native vector envs of the games against their single envs, per env-step, in thread CPU time:
# VectorStepTiming alternates Gym.make, unwrapped, makeVec SYNC and the native vector env round
# by round (16 sub-envs, best of 5 rounds). Run from the repository root after
#   mvn -q install -DskipTests   (builds benchmarks/target/benchmarks.jar)
# Usage: benchmarks/vector_games.sh [ID ...]   (default: MinAtar/Breakout-v0 MiniGrid-DoorKey-8x8-v0)
set -euo pipefail
jar=benchmarks/target/benchmarks.jar
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  ids=(MinAtar/Breakout-v0 MiniGrid-DoorKey-8x8-v0)
fi
uptime
for id in "${ids[@]}"; do
  case "$id" in
    MiniGrid-*) steps=500000 ;;
    *) steps=2000000 ;;
  esac
  java -cp "$jar" dev.jymnasium.benchmarks.VectorStepTiming "$id" 16 "$steps" 5 2>/dev/null
done
uptime
