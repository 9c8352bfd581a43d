#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh into a database, then (optionally) rebuilds the search indices.
#
#   scripts/restore.sh FILE [--database NAME] [--replace] [--reindex]
#
#   --database NAME  target database (default CT_PG_DATABASE, credittown)
#   --replace        drop the target first if it exists (otherwise an existing target is refused)
#   --reindex        afterwards run scripts/reindex.sh against CT_APP_URL: start the application on the restored
#                    database first (the indices hold row versions, so they must be rebuilt from it)
#
# Environment: CT_PG_HOST, CT_PG_PORT, CT_PG_USER, CT_PG_PASSWORD as for backup.sh.
# Order for a real restore: stop every application node, restore, start the nodes, reindex.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { echo "[restore] $*" >&2; exit 1; }

file=${1:-}
[[ -n $file && -f $file ]] || die "usage: scripts/restore.sh FILE [--database NAME] [--replace] [--reindex]"
shift
database=${CT_PG_DATABASE:-credittown}
replace=false
reindex=false
while (($#)); do
  case $1 in
    --database) database=${2:?--database needs a name}; shift 2 ;;
    --replace) replace=true; shift ;;
    --reindex) reindex=true; shift ;;
    *) die "unknown option $1" ;;
  esac
done
[[ $database =~ ^[A-Za-z0-9_]+$ ]] || die "database name must be letters, digits and _"

host=${CT_PG_HOST:-127.0.0.1}
port=${CT_PG_PORT:-5432}
user=${CT_PG_USER:-postgres}
export PGPASSWORD=${CT_PG_PASSWORD:-}
psql=(psql -h "$host" -p "$port" -U "$user" -d postgres -v ON_ERROR_STOP=1 -qAt)

if [[ $("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'") == 1 ]]; then
  $replace || die "database $database exists; pass --replace to drop it first"
  "${psql[@]}" -c "DROP DATABASE \"$database\" WITH (FORCE)"
fi
"${psql[@]}" -c "CREATE DATABASE \"$database\""
pg_restore -h "$host" -p "$port" -U "$user" -d "$database" --no-owner --no-privileges --exit-on-error "$file"
echo "[restore] $file -> $database"

if $reindex; then
  scripts/reindex.sh
fi
