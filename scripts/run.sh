#!/usr/bin/env bash
# Runs the platform on this machine (README command 1):
# builds it, starts Elasticsearch and Keycloak (and PostgreSQL if it is down) with
# scripts/services.sh, then starts the application on http://localhost:8080 with its
# embedded H2 file database under .run/data. Ctrl-C stops the application and the
# services this script started.
#
# Options: --skip-build  reuse ui/target/credittown.jar
# Environment: CT_APP_PORT (8080), CT_DATA_DIR (.run/data), CT_DEMO (true: load the demo city on the first start,
# docs/demo.md), and those of scripts/services.sh.
# Extra arguments after -- go to the application, e.g. `-- --spring.profiles.active=postgres`.
# The application runs with the dev profile included (docs/security.md: what it opens).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

build=true
app_args=()
while (($#)); do
  case $1 in
    --skip-build) build=false ;;
    --) shift; app_args=("$@"); break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

services=scripts/services.sh
started=()
es_up() { curl -sf --max-time 3 "http://127.0.0.1:${CT_ES_PORT:-9200}/_cluster/health" >/dev/null 2>&1; }
kc_up() { curl -sf --max-time 3 -o /dev/null "http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/realms/master"; }

app_pid=""
cleanup() {
  if [[ -n $app_pid ]] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
  fi
  local service
  for service in "${started[@]}"; do
    "$services" stop "$service" || true
  done
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if $build; then
  mvn -B -ntp -q install -DskipTests
fi

es_up || started+=(es)
kc_up || started+=(keycloak)
"$services" start all

port=${CT_APP_PORT:-8080}
mkdir -p .run/logs
# the dev profile: this machine's development settings (the OpenAPI description and Swagger UI open without login)
java -Dliquibase.analytics.enabled=false -jar ui/target/credittown.jar --spring.profiles.include=dev "${app_args[@]}" &
app_pid=$!

for _ in $(seq 1 120); do
  if curl -sf -o /dev/null "http://localhost:$port/actuator/health"; then
    break
  fi
  kill -0 "$app_pid" 2>/dev/null || { echo "the application stopped during start-up" >&2; exit 1; }
  sleep 1
done

cat <<URLS

CreditTown is running (Ctrl-C to stop):
  tenants            http://localhost:$port/
  humen's tasks      http://localhost:$port/tenants/humen/tasks
  REST (humen)       http://localhost:$port/api/tenants/humen/tasks
  API docs           http://localhost:$port/swagger-ui/index.html
  health             http://localhost:$port/actuator/health
  Elasticsearch      http://127.0.0.1:${CT_ES_PORT:-9200}
  Keycloak admin     http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/admin  (admin / admin)
  service logs       .run/logs/

URLS
wait "$app_pid"
