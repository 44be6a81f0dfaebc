#!/usr/bin/env bash
# Starts IPFlow on its embedded default: PostgreSQL from embedded binaries, Keycloak from its
# distribution on Maven Central, and the platform. The first start builds and downloads what is
# needed; later starts reuse it. All state lives in .run/ (git-ignored). Ctrl-C stops all three.
#
# Ports: SERVER_PORT (8080), IPFLOW_KEYCLOAK_PORT (8180), IPFLOW_KEYCLOAK_MANAGEMENT_PORT (9180),
# IPFLOW_POSTGRES_PORT (15432). Set IPFLOW_DB_URL / IPFLOW_KEYCLOAK_URL to use external ones instead.
set -euo pipefail
cd "$(dirname "$0")"

echo "Building IPFlow (the first build downloads its dependencies and Keycloak; later ones are quick)..."
./mvnw -q -B -ntp -DskipTests -Dspotless.check.skip=true -pl platform -am package

# A development office: the opposition period against published marks is one minute instead of the
# three months of the law, so that a walkthrough reaches registration. Set IPFLOW_OPPOSITION_PERIOD=P3M
# (the platform's default) to run with the legal period.
export IPFLOW_OPPOSITION_PERIOD="${IPFLOW_OPPOSITION_PERIOD:-PT1M}"

exec java ${IPFLOW_JAVA_OPTS:-} -jar platform/target/ipflow-platform.jar "$@"
