#!/usr/bin/env bash
# FerretDB on a PostgreSQL cluster of its own, as one process group (the runtime stops both by
# killing the group). Usage: ferretdb-postgresql.sh <data dir> <listen port> <postgres port> <ferretdb binary>
# The cluster lives in <data dir>/pg, made on first start; PostgreSQL refuses to run as root, so as
# root it runs as the `postgres` user of Debian's package.
set -euo pipefail
data=$1 port=$2 pg_port=$3 ferretdb=$4
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/postgres" ] || { echo "PostgreSQL server not found under /usr/lib/postgresql (apt-get install postgresql)" >&2; exit 1; }
mkdir -p "$data"
pgdata=$data/pg
as_postgres=()
if [ "$(id -u)" = 0 ]; then
  as_postgres=(setpriv --reuid=postgres --regid=postgres --init-groups)
  # A run dir under a private home (/root) is out of the postgres user's reach: keep the cluster
  # in /var/tmp then, one per run dir, with a link from the run dir.
  if ! "${as_postgres[@]}" test -x "$data"; then
    pgdata=/var/tmp/certhub-postgres/$(printf %s "$data" | sha256sum | cut -c1-16)
    mkdir -p "$pgdata" && chmod 755 /var/tmp/certhub-postgres
    ln -sfn "$pgdata" "$data/pg"
  fi
fi

if [ ! -f "$pgdata/PG_VERSION" ]; then
  rm -rf "${pgdata:?}"/* && mkdir -p "$pgdata"
  [ ${#as_postgres[@]} -eq 0 ] || chown postgres:postgres "$pgdata"
  # C collation: strings compare byte by byte, as BSON does.
  "${as_postgres[@]}" "$bin/initdb" -D "$pgdata" -U ferretdb --auth=trust --encoding=UTF8 --locale=C --no-sync >/dev/null
fi

# Development settings: commits are acknowledged before they reach the disk (a crash loses the last
# few hundred milliseconds, never consistency); the socket stays inside the cluster's directory.
# Custom plans always: FerretDB's driver prepares its statements, and a generic plan, made without
# the values, cannot tell a CB's 20 % of the dossiers from a requirement's 0.1 %, nor match the
# sort indexes to a range (ferretdb/README.md, change 6).
"${as_postgres[@]}" "$bin/postgres" -D "$pgdata" -h 127.0.0.1 -p "$pg_port" -k "$pgdata" \
  -c synchronous_commit=off -c max_connections=300 -c shared_buffers=256MB \
  -c work_mem=16MB -c plan_cache_mode=force_custom_plan -c log_min_messages=warning -c logging_collector=off &

for _ in $(seq 1 120); do
  "$bin/pg_isready" -q -U ferretdb -d postgres -h 127.0.0.1 -p "$pg_port" && break
  sleep 0.25
done
"$bin/psql" -q -h 127.0.0.1 -p "$pg_port" -U ferretdb -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = 'ferretdb'" | grep -q 1 ||
  "$bin/createdb" -h 127.0.0.1 -p "$pg_port" -U ferretdb ferretdb

exec "$ferretdb" --handler=postgresql \
  "--postgresql-url=postgres://ferretdb@127.0.0.1:$pg_port/ferretdb?pool_max_conns=50" \
  "--state-dir=$data" "--listen-addr=127.0.0.1:$port" --telemetry=disable --debug-addr=- --log-level=warn
