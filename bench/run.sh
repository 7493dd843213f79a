#!/usr/bin/env bash
# Performance report of the Monte Carlo engine, from one run (about 3-5 minutes on 2 cores):
#   one whole-session trial of the 2021 Istanbul assembly against its raw-draw floor (JMH), trials/s on all cores,
#   time against trials (10k, 100k, 1M) and delegations (200, 2,000, 20,000), the 10,000-trial two-arm what-if
#   (median of warm runs, in the engine and over REST against the packaged service), and peak heap at 10k vs 1M
#   trials.
# Usage: bench/run.sh [quick]     (quick: no 1M-trial run, shorter JMH)
# Works from any clone: it builds with Maven (offline first, online if that fails) and runs from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."

# The package too: the REST measurement at the end runs the packaged service.
if ! mvn -q -o package -DskipTests; then
  mvn -q package -DskipTests
fi
mkdir -p target/bench
cp_file=target/bench/classpath.txt
if ! mvn -q -o dependency:build-classpath -Dmdep.outputFile="$cp_file"; then
  mvn -q dependency:build-classpath -Dmdep.outputFile="$cp_file"
fi
CP="target/test-classes:target/classes:$(cat "$cp_file")"

# A fixed heap, so that "peak heap" compares like with like across trial counts.
java -Xms512m -Xmx512m -Dplenary.scenarios=scenarios -cp "$CP" org.plenary.bench.Report "$@" \
  2>&1 | tee target/bench/report.txt

# The same what-if as a client runs it: over REST, against the packaged service (built if missing).
echo
bench/rest-whatif.sh 2>&1 | tee -a target/bench/report.txt
