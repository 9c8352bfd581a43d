#!/usr/bin/env bash
# Runs the platform on this machine (README command 1):
# builds it, installs the credit report's font if it is missing, starts Elasticsearch and
# Keycloak (and PostgreSQL if it is down, installing it from Debian if it is missing) with
# scripts/services.sh, then starts the application on http://localhost:8080 with its
# embedded H2 file database under .run/data, waits until it is ready (Keycloak realm and
# tenants provisioned, demo city loaded: /actuator/health/readiness) and prints the URLs.
# If it does not become ready within CT_APP_TIMEOUT seconds, or start-up work fails, it
# prints the reason (the application log's last error) and stops. Ctrl-C stops the
# application and the services this script started.
#
# Options: --skip-build  reuse ui/target/credittown.jar
# Environment: CT_APP_PORT (8080), CT_DATA_DIR (.run/data), CT_DEMO (true: load the demo city on the first start,
# docs/demo.md), CT_APP_TIMEOUT (900 s), and those of scripts/services.sh. The application's log is also written to
# .run/logs/app.log.
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

scripts/ensure-tools.sh # curl and pgrep (a minimal Debian has neither)
if $build; then
  # the ui build fetches bpmn-js and ECharts with npm pack; Vaadin needs Node.js >= 20 (prints a bin dir if it
  # fetched one, Debian 12 having 18)
  node_bin=$(scripts/ensure-npm.sh)
  [[ -z $node_bin ]] || export PATH="$node_bin:$PATH"
  mvn -B -ntp -q install -DskipTests
fi

# the credit report's CJK font (Debian's fonts-noto-cjk): without it report downloads answer 503
scripts/ensure-report-font.sh

es_up || started+=(es)
kc_up || started+=(keycloak)
"$services" start all

port=${CT_APP_PORT:-8080}
timeout=${CT_APP_TIMEOUT:-900}
mkdir -p .run/logs
app_log=.run/logs/app.log
: >"$app_log"
# the dev profile: this machine's development settings (the OpenAPI description and Swagger UI open without login)
java -Dliquibase.analytics.enabled=false -jar ui/target/credittown.jar --spring.profiles.include=dev \
  --logging.file.name="$app_log" "${app_args[@]}" &
app_pid=$!

# The application's last error (or warning) in its log: why it is not ready.
last_error() {
  local line
  line=$(grep -E '(^|[[:space:]])(ERROR|WARN)[[:space:]]' "$app_log" | tail -n 1 || true)
  printf '%s\n' "${line:-no error in $app_log; its last lines:}"
  [[ -n $line ]] || tail -n 20 "$app_log"
}

not_ready() {
  echo >&2
  echo "CreditTown did not become ready: $1" >&2
  echo "the reason (the log's last error):" >&2
  last_error | sed 's/^/  /' >&2
  echo "full log: $app_log" >&2
  exit 1
}

# Ready means serving and the start-up work done (platform.readiness): the Keycloak realm and every tenant
# provisioned, the demo city loaded where it is enabled. Health alone is UP well before that.
readiness="http://localhost:$port/actuator/health/readiness"
echo "[run] waiting until CreditTown is ready (provisioning Keycloak and the tenants, loading the demo city on a first start; up to ${timeout}s) ..."
started_at=$SECONDS
while :; do
  status=$(curl -s --max-time 5 "$readiness" 2>/dev/null | sed -n 's/.*"status":"\([A-Z_]*\)".*/\1/p' || true)
  [[ $status == UP ]] && break
  [[ $status == DOWN ]] && not_ready "start-up work failed"
  kill -0 "$app_pid" 2>/dev/null || not_ready "the application stopped during start-up"
  ((SECONDS - started_at < timeout)) || not_ready "not ready after ${timeout}s (readiness: ${status:-no answer})"
  sleep 2
done

cat <<URLS

CreditTown is ready after $((SECONDS - started_at))s (Ctrl-C to stop):
  tenants            http://localhost:$port/
  humen's tasks      http://localhost:$port/tenants/humen/tasks
  REST (humen)       http://localhost:$port/api/tenants/humen/tasks
  API docs           http://localhost:$port/swagger-ui/index.html
  health             http://localhost:$port/actuator/health  (readiness: /actuator/health/readiness)
  Elasticsearch      http://127.0.0.1:${CT_ES_PORT:-9200}
  Keycloak admin     http://127.0.0.1:${CT_KEYCLOAK_PORT:-8180}/admin  (admin / admin)
  application log    $app_log
  service logs       .run/logs/

URLS
wait "$app_pid"
