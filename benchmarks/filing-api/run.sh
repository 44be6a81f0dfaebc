#!/usr/bin/env bash
# Runs the filing-API benchmark (see README.md). Arguments: filings per phase, warm-up, clients.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -q -pl platform test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.ipflow.platform.benchmark.FilingApiBenchmark \
  -Dexec.args="${1:-1000} ${2:-3000} ${3:-8}"
