#!/usr/bin/env bash
# Backs up the PostgreSQL database of CreditTown: one pg_dump in custom format (compressed, every table of every
# module and Flowable's, consistent as of one moment while the application keeps running).
#
#   scripts/backup.sh [FILE]        default FILE: backups/credittown-<database>-<UTC time>.dump
#
# Environment: CT_PG_HOST (127.0.0.1), CT_PG_PORT (5432), CT_PG_USER (postgres), CT_PG_PASSWORD,
# CT_PG_DATABASE (credittown). The search indices are not backed up: they are rebuilt from the database
# (scripts/restore.sh, then scripts/reindex.sh). Prints the file and its table count.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

host=${CT_PG_HOST:-127.0.0.1}
port=${CT_PG_PORT:-5432}
user=${CT_PG_USER:-postgres}
database=${CT_PG_DATABASE:-credittown}
file=${1:-backups/credittown-$database-$(date -u +%Y%m%dT%H%M%SZ).dump}
export PGPASSWORD=${CT_PG_PASSWORD:-}

mkdir -p "$(dirname "$file")"
tmp="$file.partial"
pg_dump -h "$host" -p "$port" -U "$user" -d "$database" --format=custom --no-owner --no-privileges -f "$tmp"
mv "$tmp" "$file" # a backup that did not finish is never left under the final name
tables=$(pg_restore --list "$file" | grep -c ' TABLE DATA ' || true)
echo "[backup] $database -> $file ($tables tables, $(du -h "$file" | cut -f1))"
