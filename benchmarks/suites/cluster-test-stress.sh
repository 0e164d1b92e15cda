#!/usr/bin/env bash
# Runs ClusterSuiteTest's killed-worker case N times, each in a fresh JVM (surefire fork), and
# counts passes: the case once hung about one run in 15 on a busy 2-core machine.
#
# Usage: benchmarks/suites/cluster-test-stress.sh [N]   (default 20; extra Maven options in MVN_OPTS,
#   e.g. MVN_OPTS="-o -Dmaven.repo.local=/path/to/repo"; the modules baselines depends on must be
#   installed). Logs of failed runs stay in /tmp/jym-cluster-test-stress/.
set -euo pipefail
ROOT="$(cd -P "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
N="${1:-20}"
LOGS=/tmp/jym-cluster-test-stress
TEST='ClusterSuiteTest#clusterResultsEqualLocalResultsThoughAWorkerIsKilled'
mkdir -p "$LOGS"
cd "$ROOT"
# shellcheck disable=SC2086
mvn -q ${MVN_OPTS:-} -pl baselines test-compile
pass=0
for i in $(seq "$N"); do
  t0=$SECONDS
  # shellcheck disable=SC2086
  if mvn -q ${MVN_OPTS:-} -pl baselines surefire:test -Dtest="$TEST" >"$LOGS/run$i.log" 2>&1; then
    pass=$((pass + 1))
    rm "$LOGS/run$i.log"
    result=pass
  else
    result="FAIL (log $LOGS/run$i.log)"
  fi
  echo "run $i: $result in $((SECONDS - t0)) s, load $(cut -d' ' -f1 /proc/loadavg)"
done
echo "$pass of $N passed"
[ "$pass" = "$N" ]
