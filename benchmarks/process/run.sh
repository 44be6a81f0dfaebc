#!/usr/bin/env bash
# Runs the process benchmark (see README.md). Arguments: filings per right and path, warm-up per right, rounds, clients.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -q -pl platform test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.ipflow.platform.benchmark.ProcessBenchmark \
  -Dexec.args="${1:-250} ${2:-1500} ${3:-10} ${4:-16}"
