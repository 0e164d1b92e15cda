#!/usr/bin/env bash
# Two builds' native vector envs (and single envs) side by side: VectorStepTiming from each build's
# benchmark jar, alternating, two rounds, so that both are measured in the same machine state.
# Make OLD.jar from the older commit (mvn -q install -DskipTests, then copy
# benchmarks/target/benchmarks.jar), NEW.jar likewise.
# Usage: benchmarks/vector_games_ab.sh OLD.jar NEW.jar [ID ...]   (default: MinAtar/Breakout-v0)
set -euo pipefail
old=$1
new=$2
shift 2
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  ids=(MinAtar/Breakout-v0)
fi
for id in "${ids[@]}"; do
  for round in 1 2; do
    for jar in "$old" "$new"; do
      echo "== $jar (round $round): $(uptime)"
      java -cp "$jar" dev.jymnasium.benchmarks.VectorStepTiming "$id" 16 2000000 5 2>/dev/null
    done
  done
done
uptime
