#!/usr/bin/env bash
# Runs the signing benchmark (see README.md). Arguments: seconds per figure, warm-up seconds.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec ./mvnw -q -pl signing test-compile exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.ipflow.signing.SigningBenchmark -Dexec.args="${1:-8} ${2:-4}"
