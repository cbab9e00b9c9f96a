#!/usr/bin/env bash
# Run a command beside a throwaway PostgreSQL server, then stop it and remove its files.
#   bash scripts/with-postgres.sh make test
# The server runs as the system user `postgres` from a temporary folder, on a free
# loopback port, with its socket in that folder. The system cluster is never touched.
# Where the binaries are missing, the command runs alone and the PostgreSQL tests skip.
set -euo pipefail

PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
if [[ ! -x "$PGBIN/initdb" || ! -x "$PGBIN/pg_ctl" ]]; then
    echo "with-postgres: no PostgreSQL binaries in $PGBIN; PostgreSQL tests will skip." >&2
    exec "$@"
fi

as_postgres() {
    if [[ "$(id -u)" == 0 ]]; then
        # from /, so a caller's folder postgres may not enter (a private temp dir) does
        # not print "could not change directory"; every path given is absolute
        (cd / && runuser -u postgres -- "$@")
    else
        "$@"  # not root: run the server as ourselves
    fi
}

workdir="$(mktemp -d -t fan-trivia-pg.XXXXXX)"
chmod 755 "$workdir"
[[ "$(id -u)" == 0 ]] && chown postgres "$workdir"

cleanup() {
    as_postgres "$PGBIN/pg_ctl" -D "$workdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$workdir"
}
trap cleanup EXIT INT TERM

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

as_postgres "$PGBIN/initdb" -A trust -U postgres -E UTF8 -D "$workdir/data" >"$workdir/initdb.log" 2>&1 \
    || { cat "$workdir/initdb.log" >&2; exit 1; }
as_postgres "$PGBIN/pg_ctl" -D "$workdir/data" -l "$workdir/server.log" -w \
    -o "-p $port -k $workdir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    start >/dev/null || { cat "$workdir/server.log" >&2; exit 1; }
as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U postgres fan_trivia_test

export TEST_DATABASE_URL="postgresql+asyncpg://postgres@127.0.0.1:$port/fan_trivia_test"
echo "with-postgres: throwaway server on 127.0.0.1:$port" >&2
"$@"
