#!/usr/bin/env bash
# Times ScenarioBatch (JMH, one thread) and the original simulator (torch on CPU) on the same
# workload, alternately, so both see the same machine load; InventoryBatchTiming times ours the
# way the script times the original (best of 10). Usage:
#   benchmarks/inventory/compare_speed.sh ORIG_CHECKOUT [PYTHON] [ROUNDS]
# Needs benchmarks/target/benchmarks.jar (mvn -pl benchmarks -am package -DskipTests).
set -euo pipefail
orig=${1:?checkout of MatiasAlvo/Neural_inventory_control}
python=${2:-python3}
rounds=${3:-2}
here=$(cd "$(dirname "$0")" && pwd)
jar="$here/../target/benchmarks.jar"
for round in $(seq 1 "$rounds"); do
  echo "round $round"
  java -jar "$jar" InventoryBatchBenchmark -f 1 -wi 3 -i 5 -w 1 -r 1 2>&1 | grep -E '^InventoryBatch'
  java -cp "$jar" dev.jymnasium.benchmarks.InventoryBatchTiming 100
  "$python" "$here/bench_original.py" --orig "$orig" bench --threads 1 --repeats 10
  "$python" "$here/bench_original.py" --orig "$orig" bench --repeats 10
done
