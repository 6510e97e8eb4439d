#!/bin/sh
# The role the service connects as (row-level security applies to it), with the password from .env; the migrations
# grant it what it needs.
set -eu
psql -v ON_ERROR_STOP=1 -v password="$KHATA_DB_APP_PASSWORD" --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
CREATE ROLE khata_app LOGIN PASSWORD :'password' NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
SQL
