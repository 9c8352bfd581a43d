#!/usr/bin/env bash
# The whole test suite, on a fresh machine (README command 2; .ci/run calls exactly this).
#
# 1. installs Debian's Chromium, chromedriver and CJK fonts if missing (browser tests), and npm (the ui build's
#    npm pack of bpmn-js and ECharts);
# 2. starts the real services the tests talk to: PostgreSQL (the machine's), Elasticsearch and
#    Keycloak (fetched from Maven Central by scripts/services.sh);
# 3. creates fresh test databases, one per module;
# 4. runs `mvn verify -Preliability` over every module: unit, integration (PostgreSQL, Elasticsearch,
#    Keycloak) and browser tests, then, after the ui jar is assembled, the multi-process reliability
#    tests (two nodes on one database, kill -9, backup and restore; Elasticsearch down during an
#    import and case steps; Keycloak restarted during logins; docs/reliability.md); they run only
#    with CT_RELIABILITY=true: they start the assembled application six times (one to ten minutes
#    each on a shared 2-core machine) plus an Elasticsearch and a Keycloak of their own, which adds
#    far more than the 5 minutes the default run may grow by (measured: docs/reliability.md);
# 5. stops the services it started (services that were already running are left running).
#
# Extra arguments go to Maven, e.g. `scripts/test.sh -pl workflows`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

services=scripts/services.sh
started=()

es_up() { curl -sf --max-time 3 "http://127.0.0.1:${CT_ES_PORT:-9200}/_cluster/health" >/dev/null 2>&1; }
kc_up() { curl -sf --max-time 3 -o /dev/null "http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/realms/master"; }

stop_started() {
  local service
  for service in "${started[@]}"; do
    "$services" stop "$service" || true
  done
}
trap stop_started EXIT

scripts/ensure-tools.sh # curl and pgrep (a minimal Debian has neither)
scripts/ensure-browser.sh
# the ui build fetches bpmn-js and ECharts with npm pack; Vaadin needs Node.js >= 20 (prints a bin dir if it
# fetched one, Debian 12 having 18)
node_bin=$(scripts/ensure-npm.sh)
[[ -z $node_bin ]] || export PATH="$node_bin:$PATH"

es_up || started+=(es)
kc_up || started+=(keycloak)
"$services" start all

# Fresh test databases, and the search indices built from them (their documents carry database
# row versions, so an index must not outlive its database).
es="http://127.0.0.1:${CT_ES_PORT:-9200}"
# CT_TEST_DB_SUFFIX (default empty) lets two checkouts run their suites side by side on one machine.
suffix=${CT_TEST_DB_SUFFIX:-}
for db in credittown_platform_test$suffix credittown_workflows_test$suffix credittown_ui_test$suffix; do
  "$services" pgdb "$db" --fresh
  prefix=${db//_/-}
  for index in $(curl -sf "$es/_cat/indices/$prefix-*?h=index" || true); do
    curl -sf -X DELETE "$es/$index" >/dev/null
  done
done

profiles=()
[[ ${CT_RELIABILITY:-false} == true ]] && profiles=(-Preliability)
mvn -B -ntp verify "${profiles[@]}" "$@"
