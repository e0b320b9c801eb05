#!/usr/bin/env bash
# Start a local PostgreSQL server from Debian's packages for the store contract tests (installing it
# when absent), make sure the role `tearline` and the database `tearline_test` exist, and print the
# test URL on stdout (everything else goes to stderr). Idempotent: safe to run again.
#   export TEARLINE_TEST_PG="$(scripts/pg-test-server.sh)"
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi; }

if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "installing postgresql (Debian packages)…" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -V | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
  as_root pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  as_root pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" { print $3 }')

psql_admin() { as_postgres psql -p "$port" -v ON_ERROR_STOP=1 -qAt "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'tearline'")" ]; then
  psql_admin -c "CREATE ROLE tearline LOGIN PASSWORD 'tearline'" >&2
fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = 'tearline_test'")" ]; then
  as_postgres createdb -p "$port" -O tearline -E UTF8 -T template0 --locale=C.UTF-8 tearline_test >&2
fi
echo "postgres://tearline:tearline@localhost:${port}/tearline_test"
