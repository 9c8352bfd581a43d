#!/usr/bin/env bash
# Full search reindex of every document type (subjects, records) as one operator command:
# gets a token for the city office from Keycloak (password grant), starts the reindex with
# POST /api/search/reindex, then polls GET /api/search/reindex and prints documents done,
# rate and time left until it is DONE (exit 0) or FAILED (exit 1). Search keeps answering
# from the old indices meanwhile; each alias is swapped when its new index is complete.
#
# Environment:
#   CT_APP_URL              the application (http://localhost:8080)
#   CT_KEYCLOAK_PORT        Keycloak on 127.0.0.1 (8180), realm dongguan
#   CT_KEYCLOAK_WEB_SECRET  secret of the client credittown-web (credittown-web-dev-secret)
#   CT_REINDEX_USER         a city-office user (city.office, the demo user)
#   CT_REINDEX_PASSWORD     its password (demo1234)
#   CT_REINDEX_POLL         seconds between two progress lines (2)
set -euo pipefail

app=${CT_APP_URL:-http://localhost:8080}
app=${app%/}
token_url="http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/realms/dongguan/protocol/openid-connect/token"
poll=${CT_REINDEX_POLL:-2}

json() { # json FIELD... : prints the fields of the JSON on stdin, one per line ("" for null)
  python3 -c '
import json, sys
data = json.load(sys.stdin)
for field in sys.argv[1:]:
    value = data.get(field) if isinstance(data, dict) else None
    print("" if value is None else value)
' "$@"
}

body=$(mktemp)
trap 'rm -f "$body"' EXIT

get_token() { # sets $token, or exits
  local code
  code=$(curl -sS -o "$body" -w '%{http_code}' "$token_url" \
    --data-urlencode grant_type=password \
    --data-urlencode client_id=credittown-web \
    --data-urlencode "client_secret=${CT_KEYCLOAK_WEB_SECRET:-credittown-web-dev-secret}" \
    --data-urlencode "username=${CT_REINDEX_USER:-city.office}" \
    --data-urlencode "password=${CT_REINDEX_PASSWORD:-demo1234}") \
    || { echo "reindex: Keycloak at $token_url cannot be reached" >&2; exit 1; }
  if [[ $code != 200 ]]; then
    echo "reindex: no token from Keycloak (HTTP $code): $(cat "$body")" >&2
    exit 1
  fi
  token=$(json access_token < "$body")
}

get_token

code=$(curl -sS -o "$body" -w '%{http_code}' -X POST -H "Authorization: Bearer $token" \
  "$app/api/search/reindex") || { echo "reindex: the application at $app cannot be reached" >&2; exit 1; }
case $code in
  202) echo "reindex: started" ;;
  409) echo "reindex: one is running already; following it" ;;
  *) echo "reindex: POST /api/search/reindex answered HTTP $code: $(cat "$body")" >&2; exit 1 ;;
esac

while true; do
  code=$(curl -sS -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" \
    "$app/api/search/reindex") || { echo "reindex: the application at $app cannot be reached" >&2; exit 1; }
  if [[ $code == 401 ]]; then # the token expired during a long reindex: get a new one
    get_token
    continue
  fi
  if [[ $code != 200 ]]; then
    echo "reindex: GET /api/search/reindex answered HTTP $code: $(cat "$body")" >&2
    exit 1
  fi
  { read -r state; read -r done; read -r total; read -r rate; read -r eta; read -r error; } \
    < <(json state done total perSecond etaSeconds error < "$body")
  echo "reindex: $state  $done of $total documents  ${rate}/s  ${eta:-?} s left"
  case $state in
    DONE) exit 0 ;;
    FAILED) echo "reindex: failed: $error" >&2; exit 1 ;;
    IDLE) echo "reindex: the application reports no reindex (restarted?)" >&2; exit 1 ;;
  esac
  sleep "$poll"
done
