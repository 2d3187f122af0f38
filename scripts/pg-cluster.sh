#!/usr/bin/env bash
# A throw-away PostgreSQL + PostGIS cluster for the tests, on 127.0.0.1 and a private port,
# in a temporary folder; trust authentication for the superuser "worksmap" and every role
# but the members of worksmap_password_users (nothing is reachable from outside the machine
# and nothing outlives `stop`).
#   scripts/pg-cluster.sh start DIR   initdb + start; prints the libpq connection string
#   scripts/pg-cluster.sh stop DIR    fast shutdown, then removes DIR
# initdb refuses to run as root, so as root the cluster belongs to the "postgres" user the
# Debian package creates.
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
cmd="${1:-}"
dir="${2:-}"
[ -n "$cmd" ] && [ -n "$dir" ] || { echo "usage: scripts/pg-cluster.sh start|stop DIR" >&2; exit 2; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
    as_owner "$bin/initdb" -D "$dir/data" -A trust -U worksmap -E UTF8 --locale=C.UTF-8 \
      >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    # Members of worksmap_password_users log in with a password over TCP (what the tests of
    # password prompts need); everyone else is trusted.
    sed -i '0,/^host/s//host    all  +worksmap_password_users  127.0.0.1\/32  scram-sha-256\nhost/' \
      "$dir/data/pg_hba.conf"
    # A free port: ask the kernel for one, then hand it to the server.
    port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c max_connections=60 -c fsync=off" \
      start >/dev/null || { cat "$dir/server.log" >&2; exit 1; }
    echo "$port" >"$dir/port"
    psql "host=127.0.0.1 port=$port user=worksmap dbname=postgres" -qc \
      "CREATE ROLE worksmap_password_users NOLOGIN" >/dev/null
    echo "host=127.0.0.1 port=$port user=worksmap dbname=postgres"
    ;;
  stop)
    if [ -f "$dir/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$dir"
    ;;
  *) echo "usage: scripts/pg-cluster.sh start|stop DIR" >&2; exit 2 ;;
esac
