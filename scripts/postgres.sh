#!/usr/bin/env bash
# Installs (Debian package `postgresql`) and starts a PostgreSQL server on loopback for the feature-store tests,
# then makes sure the role and database exist. Idempotent: a running server, an existing role or database is
# left as it is. Prints the Npgsql connection string on stdout (everything else goes to stderr) and also writes
# it to artifacts/postgres/connection-string, so callers can do either of:
#   export PAYMENT_FEATURE_STORE_POSTGRES="$(scripts/postgres.sh)"
#   export PAYMENT_FEATURE_STORE_POSTGRES="$(cat artifacts/postgres/connection-string)"
# Needs root (apt-get, and su to the postgres user). Settings can be overridden by environment variables.
set -euo pipefail
cd "$(dirname "$0")/.."

db_user=${PAYMENT_FEATURE_STORE_PG_USER:-payment}
db_password=${PAYMENT_FEATURE_STORE_PG_PASSWORD:-payment}
db_name=${PAYMENT_FEATURE_STORE_PG_DATABASE:-payment_features}

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (it installs a Debian package and manages the server as the postgres user)"
  exit 1
fi

# Identifiers and the password are spliced into SQL below, so only allow plain names.
for value in "$db_user" "$db_password" "$db_name"; do
  if ! [[ "$value" =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
    log "user, password and database must be plain identifiers ([A-Za-z_][A-Za-z0-9_]*), got '$value'"
    exit 1
  fi
done

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
  log "installing the postgresql Debian package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
cluster=main
if ! pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {found = 1} END {exit !found}'; then
  log "creating cluster $version/$cluster"
  pg_createcluster "$version" "$cluster" >&2
fi

port=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $3}')
status=$(pg_lsclusters -h | awk -v v="$version" -v c="$cluster" '$1 == v && $2 == c {print $4}')
if [ "$status" != "online" ]; then
  log "starting cluster $version/$cluster on port $port (loopback only)"
  # Debian's default listen_addresses is 'localhost'; pin it so the server never listens beyond loopback.
  pg_ctlcluster "$version" "$cluster" start -o "-c listen_addresses=localhost" >&2
else
  log "cluster $version/$cluster already running on port $port"
fi

for _ in $(seq 1 30); do
  if su postgres -c "pg_isready -q -p $port"; then break; fi
  sleep 1
done
su postgres -c "pg_isready -q -p $port" || { log "server did not become ready on port $port"; exit 1; }

psql_as_postgres() { su postgres -c "psql -p $port -v ON_ERROR_STOP=1 -qtA $*"; }

if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_roles WHERE rolname = '$db_user'\"")" != "1" ]; then
  log "creating role $db_user"
  psql_as_postgres "-c \"CREATE ROLE $db_user LOGIN PASSWORD '$db_password'\"" >&2
fi
if [ "$(psql_as_postgres "-c \"SELECT 1 FROM pg_database WHERE datname = '$db_name'\"")" != "1" ]; then
  log "creating database $db_name owned by $db_user"
  psql_as_postgres "-c \"CREATE DATABASE $db_name OWNER $db_user\"" >&2
fi

connection="Host=127.0.0.1;Port=$port;Username=$db_user;Password=$db_password;Database=$db_name"
mkdir -p artifacts/postgres
printf '%s\n' "$connection" > artifacts/postgres/connection-string
echo "$connection"
