#!/usr/bin/env bash
# Starts what the service tests need, on a fresh Debian machine as root or on one where it already ran (then it
# only checks and returns in well under a second): PostgreSQL on loopback with a test database, and Debian's
# Chromium for the browser test. It exports nothing: the PostgreSQL connection string is written to
# $DOXGUARD_PG_CONN_FILE (default /tmp/doxguard-test-pg.conn), where the tests read it.
set -euo pipefail

PG_PORT="${DOXGUARD_PG_PORT:-54329}"
PG_DATA="${DOXGUARD_PG_DATA:-/var/lib/doxguard-pg}"
PG_LOG="$PG_DATA.log"
CONN_FILE="${DOXGUARD_PG_CONN_FILE:-/tmp/doxguard-test-pg.conn}"
DB_USER=doxguard
DB_NAME=doxguard_test
DB_PASSWORD=doxguard-test

log() { echo "services: $*" >&2; }

apt_updated=0
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  if [ $apt_updated -eq 0 ]; then
    apt-get update -qq >&2
    apt_updated=1
  fi
  apt-get install -y -qq --no-install-recommends "$@" >&2
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

missing=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/postgres" ] || missing+=(postgresql)
[ -x /usr/bin/chromium ] || missing+=(chromium)
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt_install "${missing[@]}"
fi

BIN="$(pg_bin)"
if ! "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT"; then
  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    log "creating a PostgreSQL cluster in $PG_DATA"
    rm -rf "$PG_DATA"   # a half-made cluster from an interrupted run
    mkdir -p "$PG_DATA"
    chown postgres:postgres "$PG_DATA"
    chmod 700 "$PG_DATA"
    pwfile="$(mktemp)"
    echo postgres > "$pwfile"
    chown postgres "$pwfile"
    runuser -u postgres -- "$BIN/initdb" -D "$PG_DATA" -A scram-sha-256 --pwfile="$pwfile" -U postgres >/dev/null
    rm -f "$pwfile"
  fi
  touch "$PG_LOG" && chown postgres:postgres "$PG_LOG"
  # The socket goes to the data directory so the cluster needs nothing from /var/run/postgresql.
  runuser -u postgres -- "$BIN/pg_ctl" -D "$PG_DATA" -l "$PG_LOG" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DATA -c fsync=off -c max_connections=200" start >&2
fi

export PGPASSWORD=postgres
psql_admin() { "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAc "$1"; }
if [ "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'")" != "1" ]; then
  psql_admin "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD'"
fi
if [ "$(psql_admin "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'")" != "1" ]; then
  psql_admin "CREATE DATABASE $DB_NAME OWNER $DB_USER"
fi

# Each test makes its own schema; keep a long-lived cluster from growing without bound.
leftover="$("$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -qtAc "SELECT count(*) FROM pg_namespace WHERE nspname LIKE 't\_%'" 2>/dev/null || echo 0)"
if [ "${leftover:-0}" -gt 2000 ]; then
  log "dropping $leftover old test schemas"
  "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -qtAc \
    "SELECT format('DROP SCHEMA %I CASCADE;', nspname) FROM pg_namespace WHERE nspname LIKE 't\_%'" | \
    "$BIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$DB_NAME" -q >/dev/null 2>&1 || true
fi

echo "Host=127.0.0.1;Port=$PG_PORT;Database=$DB_NAME;Username=$DB_USER;Password=$DB_PASSWORD" > "$CONN_FILE.tmp"
mv "$CONN_FILE.tmp" "$CONN_FILE"
log "PostgreSQL ready on 127.0.0.1:$PG_PORT; Chromium at /usr/bin/chromium"
