#!/usr/bin/env bash
# Tests of scripts/services.sh for fresh machines (on demand, not part of scripts/test.sh: the second one starts a
# second Elasticsearch for about a minute):
#
#   scripts/tests/services-test.sh            both
#   scripts/tests/services-test.sh pg         the PostgreSQL cluster detection only (no service started)
#
# 1. pg: the cluster to start is found with pg_lsclusters by its port, whatever its version and name.
# 2. es: a clone inside a folder other users cannot enter (mode 700, like root's home) starts Elasticsearch as root:
#    it runs as CT_ES_USER from a folder outside the clone, stores a document, and stops. It uses other ports
#    (CT_ES_PORT, default 19200) and the clone's own run dir, so a running Elasticsearch on 9200 is not touched.
# Prints "N passed, N failed" and exits 1 if a test failed.
set -uo pipefail

SOURCE=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
passed=0
failed=0

check() { # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    echo "PASS $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}

# ------------------------------------------------------------------ PostgreSQL cluster detection

pg_detection() {
  (
    # shellcheck source=../services.sh
    CT_PG_PORT=5433 source "$SOURCE/scripts/services.sh"
    pg_lsclusters() {
      printf '%s\n' \
        "13 main    5432 down   postgres /var/lib/postgresql/13/main /var/log/postgresql/postgresql-13-main.log" \
        "15 ledger  5433 down   postgres /var/lib/postgresql/15/ledger /var/log/postgresql/postgresql-15-ledger.log" \
        "16 main    5434 online postgres /var/lib/postgresql/16/main /var/log/postgresql/postgresql-16-main.log"
    }
    [[ $(pg_cluster) == "15 ledger" ]] || { echo "  port 5433: got '$(pg_cluster)'"; exit 1; }
    PG_PORT=5432
    [[ $(pg_cluster) == "13 main" ]] || { echo "  port 5432: got '$(pg_cluster)'"; exit 1; }
    PG_PORT=6000
    [[ -z $(pg_cluster) ]] || { echo "  port 6000: got '$(pg_cluster)'"; exit 1; }
  )
}

# ------------------------------------------------------------------ Elasticsearch from a closed clone

es_from_closed_clone() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "  (skipped: runs as root only, where Elasticsearch must run as another user)"
    return 0
  fi
  local port=${CT_TEST_ES_PORT:-19200} transport=${CT_TEST_ES_TRANSPORT_PORT:-19300}
  local closed clone run outside hash owner answer ok=0
  closed=$(mktemp -d /tmp/ct-closed-XXXXXX)
  chmod 700 "$closed"
  clone="$closed/credittown"
  git clone -q "$SOURCE" "$clone" || return 1
  # the scripts as they are in the working tree (they may not be committed yet)
  cp -a "$SOURCE/scripts/." "$clone/scripts/"
  run="$clone/.run"
  mkdir -p "$run"
  hash=$(printf '%s' "$(cd "$run" && pwd -P)" | sha256sum | cut -c1-12)
  outside=/var/lib/credittown/es-$hash
  local es=(env CT_ES_PORT="$port" CT_ES_TRANSPORT_PORT="$transport" "$clone/scripts/services.sh")

  if ! runuser -u "${CT_ES_USER:-credittown-es}" -- test -x "$clone" 2>/dev/null; then
    if "${es[@]}" start es; then
      answer=$(curl -s -X PUT "http://127.0.0.1:$port/closed-clone-check/_doc/1?refresh=true" \
        -H 'Content-Type: application/json' -d '{"town":"虎门镇"}' &&
        curl -s "http://127.0.0.1:$port/closed-clone-check/_doc/1")
      owner=$(stat -c %U "$outside/elasticsearch/data" 2>/dev/null)
      if [[ $answer == *'"found":true'*'虎门镇'* && $owner == "${CT_ES_USER:-credittown-es}" &&
        ! -e $run/elasticsearch/data ]] && pgrep -u "${CT_ES_USER:-credittown-es}" -f "$outside/dist/" >/dev/null; then
        ok=1
      else
        echo "  document: $answer; data owner: ${owner:-none}; data outside the clone: $outside"
      fi
    else
      echo "  services.sh start es failed"
    fi
    "${es[@]}" stop es >/dev/null || true
    if curl -s --max-time 3 "http://127.0.0.1:$port/" >/dev/null; then
      echo "  still answering on $port after stop"
      ok=0
    fi
  else
    echo "  the clone is reachable by the Elasticsearch user: nothing tested"
  fi
  rm -rf "$closed" "$outside"
  ((ok == 1))
}

case ${1:-all} in
  pg) check "PostgreSQL cluster found by its port" pg_detection ;;
  es) check "Elasticsearch starts from a clone in a mode-700 folder" es_from_closed_clone ;;
  all)
    check "PostgreSQL cluster found by its port" pg_detection
    check "Elasticsearch starts from a clone in a mode-700 folder" es_from_closed_clone
    ;;
  *) echo "unknown test: $1" >&2; exit 2 ;;
esac
echo "$passed passed, $failed failed"
((failed == 0))
