#!/usr/bin/env bash
# Verifies the SM3 hash chains of the audit trail (docs/security.md, "The audit chain") as one operator command:
# gets a token for the city office (password grant, or CT_TOKEN where the password grant is off, as in production),
# calls GET /api/city/audit/chains and prints one line per chain: its entries and head, and for a broken chain the
# first broken position (chain position and entry id) and what is wrong there. Exit 0 if every chain is intact,
# 1 if one is broken (or the call fails).
#
# Environment:
#   CT_APP_URL              the application (http://localhost:8080)
#   CT_TOKEN                a city-office access token to use as is (skips Keycloak)
#   CT_KEYCLOAK_PORT        Keycloak on 127.0.0.1 (8180), realm dongguan
#   CT_KEYCLOAK_WEB_SECRET  secret of the client credittown-web (credittown-web-dev-secret)
#   CT_AUDIT_USER           a city-office user (city.office, the demo user)
#   CT_AUDIT_PASSWORD       its password (demo1234)
set -euo pipefail

app=${CT_APP_URL:-http://localhost:8080}
app=${app%/}
token_url="http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/realms/dongguan/protocol/openid-connect/token"

body=$(mktemp)
trap 'rm -f "$body"' EXIT

if [[ -n ${CT_TOKEN:-} ]]; then
  token=$CT_TOKEN
else
  code=$(curl -sS -o "$body" -w '%{http_code}' "$token_url" \
    --data-urlencode grant_type=password \
    --data-urlencode client_id=credittown-web \
    --data-urlencode "client_secret=${CT_KEYCLOAK_WEB_SECRET:-credittown-web-dev-secret}" \
    --data-urlencode "username=${CT_AUDIT_USER:-city.office}" \
    --data-urlencode "password=${CT_AUDIT_PASSWORD:-demo1234}") \
    || { echo "verify-audit: Keycloak at $token_url cannot be reached" >&2; exit 1; }
  if [[ $code != 200 ]]; then
    echo "verify-audit: no token from Keycloak (HTTP $code): $(cat "$body")" >&2
    exit 1
  fi
  token=$(python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])' < "$body")
fi

code=$(curl -sS -o "$body" -w '%{http_code}' -H "Authorization: Bearer $token" "$app/api/city/audit/chains") \
  || { echo "verify-audit: the application at $app cannot be reached" >&2; exit 1; }
if [[ $code != 200 ]]; then
  echo "verify-audit: GET /api/city/audit/chains answered HTTP $code: $(cat "$body")" >&2
  exit 1
fi

python3 - "$body" <<'PY'
import json, sys
chains = json.load(open(sys.argv[1], encoding="utf-8"))
broken = 0
for c in chains:
    name = "city level" if c["chain"] == "_city_" else c["chain"]
    if c["intact"]:
        print(f"intact  {name}: {c['entries']} entries, head {c['headSeq']} {c.get('headHash') or '-'}")
    else:
        broken += 1
        entry = f", entry id {c['entryId']}" if c.get("entryId") is not None else ""
        print(f"BROKEN  {name}: first broken at position {c['brokenAt']}{entry}: {c['problem']}")
print(f"{len(chains) - broken} intact, {broken} broken")
sys.exit(1 if broken else 0)
PY
