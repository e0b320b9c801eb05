#!/usr/bin/env bash
# Back up a PostgreSQL Tearline archive with pg_dump, then prove the dump restores: restore it into a
# scratch database, and check there that the archive opens, holds as many cables and revisions as the
# live one held at dump time, and that its audit chain verifies with the same head.
#   scripts/pg-backup.sh postgres://tearline_owner@localhost/tearline /var/backups/tearline
# Needs pg_dump/pg_restore/createdb/dropdb (postgresql-client) and a role allowed to create databases.
# Exit 0 only when the restored copy checks out. Keep the password in ~/.pgpass, not in the URL.
set -euo pipefail
url=${1:?usage: pg-backup.sh POSTGRES_URL BACKUP_DIR}
dir=${2:?usage: pg-backup.sh POSTGRES_URL BACKUP_DIR}
here=$(cd "$(dirname "$0")/.." && pwd)
tearline() { node "$here/dist/src/cli/main.js" "$@"; }
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const v=JSON.parse(s);console.log(process.argv.slice(1).map(k=>v[k]).join(" "))})' "$@"; }

mkdir -p "$dir"
stamp=$(date -u +%Y%m%dT%H%M%SZ)
file="$dir/tearline-$stamp.dump"

# counts and audit head in the same snapshot as the dump is not possible across tools: take them first,
# then dump; ingest running meanwhile can only add rows, so the restored copy must hold at least these.
before=$(tearline stats --db "$url" --json | json cables revisions)
pg_dump --format=custom --no-owner --file="$file.partial" "$url"
mv "$file.partial" "$file"

scratch="tearline_restorecheck_$$"
base=${url%/*}
query=""; case "$url" in *\?*) query="?${url#*\?}";; esac
check_url="$base/$scratch$query"
createdb -E UTF8 -T template0 "$scratch" --maintenance-db="$url"
trap 'dropdb --if-exists --maintenance-db="$url" "$scratch"' EXIT
pg_restore --no-owner --exit-on-error --dbname="$check_url" "$file"

read -r cables revisions <<<"$before"
read -r rcables rrevisions <<<"$(tearline stats --db "$check_url" --json | json cables revisions)"
audit=$(tearline audit verify --db "$check_url" --json | json ok rows head)
if [ "$rcables" -lt "$cables" ] || [ "$rrevisions" -lt "$revisions" ]; then
  echo "pg-backup: $file restores with $rcables cables / $rrevisions revisions, fewer than the live $cables / $revisions" >&2; exit 1
fi
case "$audit" in true*) ;; *) echo "pg-backup: the restored audit log does not verify: $audit" >&2; exit 1;; esac
echo "pg-backup: $file ($(du -h "$file" | cut -f1)) restores: $rcables cables, $rrevisions revisions, audit ok ($audit)"
