#!/usr/bin/env bash
# Applies the migrations and runs the database tests on Debian's PostgreSQL 15, the
# oldest major that hosted Supabase runs, in a throwaway cluster on a free port.
set -euo pipefail
cd "$(dirname "$0")/../.."

BIN=${PG15_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$BIN/postgres" ] || { echo "PostgreSQL 15 not found in $BIN (apt-get install postgresql-15)"; exit 1; }

DIR=$(mktemp -d /tmp/hub-pg15-XXXXXX)
chmod 711 "$DIR"
id postgres >/dev/null 2>&1 || useradd --system --user-group --no-create-home postgres
RUN=()
[ "$(id -u)" = 0 ] && RUN=(runuser -u postgres --)
chown postgres "$DIR"

echo postgres > "$DIR/pw"
chown postgres "$DIR/pw"
# Run from the cluster's folder: the postgres user may not be able to enter the clone's.
cd "$DIR"
"${RUN[@]}" "$BIN/initdb" -D "$DIR/data" -U postgres --pwfile="$DIR/pw" --auth=scram-sha-256 --encoding=UTF8 --locale=C >/dev/null
cd - >/dev/null
cleanup() { "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1 || true; rm -rf "$DIR"; }
trap cleanup EXIT

# A port nothing listens on (a fixed one can be held by a leftover server or by an
# ephemeral socket); a failed start shows the server's own log and tries the next port.
port_is_free() { node -e "const s=require('net').createServer();s.once('error',()=>process.exit(1));s.listen($1,'127.0.0.1',()=>s.close(()=>process.exit(0)))"; }
PORT=${PG15_PORT:-54522}
started=
for attempt in 1 2 3 4 5; do
  until port_is_free "$PORT"; do PORT=$((PORT + 1)); done
  if (cd "$DIR" && "${RUN[@]}" "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 120 \
      -o "-c listen_addresses=127.0.0.1 -p $PORT -c fsync=off -k $DIR" start >/dev/null); then
    started=1; break
  fi
  echo "PostgreSQL 15 did not start on port $PORT (attempt $attempt); its log:"
  tail -n 30 "$DIR/log" 2>/dev/null || true
  PORT=$((PORT + 1))
done
[ -n "$started" ] || { echo "PostgreSQL 15 could not be started"; exit 1; }
echo "PostgreSQL $("$BIN/postgres" --version | awk '{print $3}') on port $PORT"

SUPABASE_DB_URL="postgresql://postgres:postgres@127.0.0.1:$PORT/postgres" \
HUB_TEST_NO_DASHBOARD=1 \
  npx vitest run tests/db
