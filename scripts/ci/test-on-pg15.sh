#!/usr/bin/env bash
# Applies the migrations and runs the database tests on Debian's PostgreSQL 15, the
# oldest major that hosted Supabase runs, in a throwaway cluster on its own port.
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin}
PORT=${PG15_PORT:-54522}
[ -x "$BIN/postgres" ] || { echo "PostgreSQL 15 not found in $BIN (apt-get install postgresql-15)"; exit 1; }

DIR=$(mktemp -d /tmp/hub-pg15-XXXXXX)
chmod 711 "$DIR"
id postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home postgres
RUN=()
[ "$(id -u)" = 0 ] && RUN=(runuser -u postgres --)
chown postgres "$DIR"

echo postgres > "$DIR/pw"
chown postgres "$DIR/pw"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pw" --auth=scram-sha-256 --encoding=UTF8 --locale=C >/dev/null
cleanup() { "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT
"${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -c fsync=off -k $DIR" start >/dev/null
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT"

SUPABASE_DB_URL="postgresql://postgres:postgres@127.0.0.1:$PORT/postgres" \
HUB_TEST_NO_DASHBOARD=1 \
  npx vitest run tests/db
