#!/usr/bin/env bash
# Runs once, when the PostgreSQL container initialises its data directory. Creates the platform's two
# roles (an owner that Flyway migrates as, and the role the platform connects as, neither owner nor
# superuser), the platform's database, and Keycloak's role and database.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v owner_password="$IPFLOW_DB_OWNER_PASSWORD" \
  -v app_password="$IPFLOW_DB_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE ipflow_owner LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'owner_password';
CREATE ROLE ipflow_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
CREATE DATABASE ipflow OWNER ipflow_owner;
REVOKE ALL ON DATABASE ipflow FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE ipflow TO ipflow_app;

CREATE ROLE keycloak LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak;
SQL
