#!/usr/bin/env bash
# CreditTown local services, without Docker.
#
#   scripts/services.sh start  [es|keycloak|postgres|all]   (default: all)
#   scripts/services.sh stop   [es|keycloak|postgres|all]   (default: all)
#   scripts/services.sh status
#   scripts/services.sh pgdb NAME [--fresh]
#
# Elasticsearch and Keycloak are downloaded from Maven Central (through
# scripts/services/pom.xml), unpacked and run from the run dir. PostgreSQL is
# the machine's own server: we may start it if it is down (and install it from
# Debian's packages if it is missing), we never stop it.
#
# Elasticsearch refuses to run as root, so as root it runs as the system user
# CT_ES_USER. When that user cannot reach the run dir (a clone in root's home,
# mode 700, or any folder others cannot enter), its distribution and state go to
# /var/lib/credittown/es-<hash of the run dir> (CT_ES_STATE_DIR), owned by that
# user: nothing to ask, and each clone keeps its own.
#
# Layout (run dir = $CT_RUN_DIR, default <repo>/.run):
#   dist/                       unpacked distributions
#   elasticsearch/{config,data,logs,tmp}  (or under CT_ES_STATE_DIR, see above)
#   keycloak/data/              Keycloak state (dev-file H2); the install's data/ links here
#   logs/<service>.log          console output of each service (the place to look)
#   pids/<service>.pid          PID of the service's JVM
#   pids/<service>.pgid         process group (session) the service was started in
#
# Environment (defaults): CT_RUN_DIR, CT_ES_PORT=9200, CT_ES_TRANSPORT_PORT=9300,
# CT_KEYCLOAK_PORT=8180, CT_KEYCLOAK_MANAGEMENT_PORT=9180, CT_KEYCLOAK_DB=dev-file,
# CT_KEYCLOAK_ADMIN=admin, CT_KEYCLOAK_ADMIN_PASSWORD=admin (used only when the
# master realm is first created), CT_KEYCLOAK_HEAP="-Xms64m -Xmx512m", CT_PG_PORT=5432,
# CT_PG_USER=postgres, CT_ES_VERSION=8.19.21, CT_KEYCLOAK_VERSION=26.5.6,
# CT_JAVA_HOME (default: the JDK that `java` on PATH resolves to),
# CT_ES_USER=credittown-es (only used when running as root), CT_ES_STATE_DIR (where
# Elasticsearch's distribution and state go when its user cannot reach the run dir),
# CT_PG_INSTALL=true (install PostgreSQL from Debian when it is missing),
# CT_PG_CREATE=false (true: create a cluster on CT_PG_PORT when none serves it, e.g. a test cluster),
# CT_PG_CLUSTER (name of a cluster the script creates: main, or credittown_<port> when main exists),
# CT_ES_TIMEOUT=300, CT_KEYCLOAK_TIMEOUT=600, CT_STOP_TIMEOUT=30 (seconds; the start timeouts leave room for a
# loaded machine: at load 25-34 on 2 cores Elasticsearch took 175 s and Keycloak 350 s, docs/operations.md).
set -euo pipefail

REPO_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)
SERVICES_POM="$REPO_DIR/scripts/services/pom.xml"

RUN_DIR=${CT_RUN_DIR:-$REPO_DIR/.run}
mkdir -p "$RUN_DIR"
RUN_DIR=$(cd "$RUN_DIR" && pwd -P) # absolute and canonical: it is matched against process command lines

DIST_DIR="$RUN_DIR/dist"
LOG_DIR="$RUN_DIR/logs"
PID_DIR="$RUN_DIR/pids"

ES_VERSION=${CT_ES_VERSION:-8.19.21}
ES_PORT=${CT_ES_PORT:-9200}
ES_TRANSPORT_PORT=${CT_ES_TRANSPORT_PORT:-9300}
ES_USER=${CT_ES_USER:-credittown-es}
ES_TIMEOUT=${CT_ES_TIMEOUT:-300}
# Where Elasticsearch's distribution and state live: the run dir, unless its user cannot reach it (es_place).
ES_DIST_DIR="$DIST_DIR"
ES_BASE="$RUN_DIR/elasticsearch"
ES_HOME="$ES_DIST_DIR/elasticsearch-$ES_VERSION"

KC_VERSION=${CT_KEYCLOAK_VERSION:-26.5.6}
KC_PORT=${CT_KEYCLOAK_PORT:-8180}
KC_MGMT_PORT=${CT_KEYCLOAK_MANAGEMENT_PORT:-9180}
KC_DB=${CT_KEYCLOAK_DB:-dev-file}
KC_ADMIN=${CT_KEYCLOAK_ADMIN:-admin}
KC_ADMIN_PASSWORD=${CT_KEYCLOAK_ADMIN_PASSWORD:-admin}
KC_TIMEOUT=${CT_KEYCLOAK_TIMEOUT:-600}
KC_HEAP=${CT_KEYCLOAK_HEAP:--Xms64m -Xmx512m}
KC_HOME="$DIST_DIR/keycloak-$KC_VERSION"
KC_BASE="$RUN_DIR/keycloak"

PG_PORT=${CT_PG_PORT:-5432}
PG_USER=${CT_PG_USER:-postgres}
PG_INSTALL=${CT_PG_INSTALL:-true}
PG_CREATE=${CT_PG_CREATE:-false}

STOP_TIMEOUT=${CT_STOP_TIMEOUT:-30}

# ---------------------------------------------------------------- helpers

log() { printf '[services] %s\n' "$*"; }
die() { printf '[services] ERROR: %s\n' "$*" >&2; exit 1; }

usage() {
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
  exit "${1:-0}"
}

is_root() { [[ $(id -u) -eq 0 ]]; }

# JDK home used for both servers: CT_JAVA_HOME, or the JDK that `java` resolves to.
java_home() {
  if [[ -n ${CT_JAVA_HOME:-} ]]; then
    printf '%s\n' "$CT_JAVA_HOME"
    return
  fi
  local java_bin
  java_bin=$(command -v java) || die "java not found on PATH (set CT_JAVA_HOME)"
  java_bin=$(readlink -f "$java_bin")
  dirname "$(dirname "$java_bin")"
}

# True if something accepts TCP connections on 127.0.0.1:$1.
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

pid_alive() { [[ -n ${1:-} ]] && kill -0 "$1" 2>/dev/null; }

# True if process $1 was started by this script: its command line mentions our dist dir
# (or the one Elasticsearch runs from when its user cannot reach the run dir).
pid_ours() {
  local cmdline
  pid_alive "$1" || return 1
  cmdline=$(tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null) || return 1
  [[ $cmdline == *"$DIST_DIR/"* || $cmdline == *"$(es_outside_dir)/dist/"* ]]
}

# True if process group $1 still has a member started by this script.
group_ours() {
  local p
  [[ -n ${1:-} ]] || return 1
  for p in $(pgrep -g "$1" 2>/dev/null); do
    pid_ours "$p" && return 0
  done
  return 1
}

# A `java` process in the tree rooted at $1 (the root included): with $2=last the
# deepest one, the server JVM; with $2=first the topmost one, which owns the
# shutdown. (ES runs a launcher JVM that forks the server JVM; kc.sh runs java as
# a child and may later `exec` java itself after a re-augmentation.)
find_java() {
  local queue=("$1") found="" p
  while ((${#queue[@]})); do
    p=${queue[0]}
    queue=("${queue[@]:1}")
    if [[ $(cat "/proc/$p/comm" 2>/dev/null) == java ]]; then
      found=$p
      [[ $2 == first ]] && break
    fi
    # shellcheck disable=SC2207
    queue+=($(pgrep -P "$p" 2>/dev/null || true))
  done
  [[ -n $found ]] && printf '%s\n' "$found"
}

# Contents of file $1, or nothing if it does not exist.
read_file() { if [[ -f $1 ]]; then cat "$1"; fi; }

pid_file() { printf '%s/%s.pid' "$PID_DIR" "$1"; }
pgid_file() { printf '%s/%s.pgid' "$PID_DIR" "$1"; }

# True if service $1 has a live process that we started.
running_ours() {
  local pid pgid
  pid=$(read_file "$(pid_file "$1")")
  pgid=$(read_file "$(pgid_file "$1")")
  pid_ours "$pid" || group_ours "$pgid"
}

# Start "$@" in the background in a new session (so its whole process group can
# be stopped later), console output appended to logs/$svc.log. Records the pgid.
launch() {
  local svc=$1
  shift
  local logfile="$LOG_DIR/$svc.log"
  printf '\n===== %s: starting %s =====\n' "$(date '+%F %T')" "$svc" >>"$logfile"
  # The background child is not a group leader, so setsid does not fork: $! is
  # the new session's (and process group's) leader.
  setsid "$@" >>"$logfile" 2>&1 </dev/null 9>&- &
  printf '%s\n' "$!" >"$(pgid_file "$svc")"
}

# Wait until "$check" succeeds; fail (printing the log tail and stopping what we
# started) on timeout or if the process dies.
wait_ready() {
  local svc=$1 check=$2 timeout=$3 name=$4 started=$SECONDS pgid
  pgid=$(read_file "$(pgid_file "$svc")")
  until "$check"; do
    if ! group_ours "$pgid"; then
      log "$name exited during start-up; last lines of $LOG_DIR/$svc.log:"
      tail -n 40 "$LOG_DIR/$svc.log" >&2 || true
      rm -f "$(pid_file "$svc")" "$(pgid_file "$svc")"
      die "$name failed to start"
    fi
    if ((SECONDS - started >= timeout)); then
      log "$name not ready after ${timeout}s; last lines of $LOG_DIR/$svc.log:"
      tail -n 40 "$LOG_DIR/$svc.log" >&2 || true
      stop_service "$svc" "$name"
      die "$name failed to start within ${timeout}s"
    fi
    sleep 1
  done
  local jvm
  jvm=$(find_java "$pgid" last || true)
  printf '%s\n' "${jvm:-$pgid}" >"$(pid_file "$svc")"
  log "$name ready in $((SECONDS - started))s (JVM pid ${jvm:-?}, log $LOG_DIR/$svc.log)"
}

# Stop what we started for service $1: TERM its topmost JVM first (a clean
# shutdown makes the wrappers exit too), TERM the rest of its process group
# after 5 s, KILL everything left after STOP_TIMEOUT.
stop_service() {
  local svc=$1 name=$2 pid pgid lead="" waited=0
  pid=$(read_file "$(pid_file "$svc")")
  pgid=$(read_file "$(pgid_file "$svc")")
  pid_ours "$pid" || pid=""
  group_ours "$pgid" || pgid=""
  if [[ -z $pid && -z $pgid ]]; then
    log "$name: nothing of ours running"
    rm -f "$(pid_file "$svc")" "$(pgid_file "$svc")"
    return 0
  fi
  log "$name: stopping (pid ${pid:-?}, group ${pgid:-?})"
  if [[ -n $pgid ]]; then lead=$(find_java "$pgid" first || true); fi
  lead=${lead:-$pid}
  if [[ -n $lead ]]; then kill -TERM "$lead" 2>/dev/null || true; fi
  while group_ours "$pgid" || pid_ours "$pid"; do
    # TERM the group right away if there is no JVM to ask, else after 5 s.
    if [[ $waited -eq 5 || ($waited -eq 0 && -z $lead) ]] && group_ours "$pgid"; then
      kill -TERM -- "-$pgid" 2>/dev/null || true
    fi
    if ((waited >= STOP_TIMEOUT)); then
      log "$name: still alive after ${STOP_TIMEOUT}s, sending KILL"
      if [[ -n $pgid ]]; then kill -KILL -- "-$pgid" 2>/dev/null || true; fi
      if [[ -n $pid ]]; then kill -KILL "$pid" 2>/dev/null || true; fi
      sleep 1
      break
    fi
    sleep 1
    waited=$((waited + 1))
  done
  rm -f "$(pid_file "$svc")" "$(pgid_file "$svc")"
  log "$name: stopped after ${waited}s"
}

# Download + unpack a distribution through the helper pom (execution id $1) into $3 (default the dist dir).
fetch_dist() {
  local execution=$1 name=$2 into=${3:-$DIST_DIR}
  command -v mvn >/dev/null || die "mvn not found; needed to download $name"
  log "Downloading $name from Maven Central (first time only) ..."
  local out
  if ! out=$(mvn -B -q -f "$SERVICES_POM" \
    -Dct.run.dir="$RUN_DIR" -Dct.dist.dir="$into" -Des.version="$ES_VERSION" -Dkeycloak.version="$KC_VERSION" \
    "dependency:unpack@$execution" 2>&1 9>&-); then
    printf '%s\n' "$out" >&2
    die "download of $name failed (Maven output above)"
  fi
}

# ---------------------------------------------------------------- Elasticsearch

es_status() {
  curl -s --max-time 3 "http://127.0.0.1:$ES_PORT/_cluster/health" 2>/dev/null |
    sed -n 's/.*"status":"\([a-z]*\)".*/\1/p' || true
}
es_ready() { [[ $(es_status) =~ ^(green|yellow)$ ]]; }

# Where Elasticsearch goes when its user cannot reach the run dir: one folder per run dir (the hash of its path), in
# a place every user can traverse.
es_outside_dir() {
  local hash
  hash=$(printf '%s' "$RUN_DIR" | sha256sum | cut -c1-12)
  printf '%s\n' "${CT_ES_STATE_DIR:-/var/lib/credittown/es-$hash}"
}

# As root: make sure the system user exists, and move Elasticsearch's distribution and state out of the run dir if
# that user cannot reach it (a parent folder without o+x, such as root's home).
es_place() {
  is_root || return 0
  if ! id -u "$ES_USER" >/dev/null 2>&1; then
    log "Creating system user $ES_USER"
    useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
  fi
  if [[ -z ${CT_ES_STATE_DIR:-} ]] && runuser -u "$ES_USER" -- test -x "$RUN_DIR" 2>/dev/null; then
    return 0
  fi
  local outside
  outside=$(es_outside_dir)
  [[ -n ${CT_ES_STATE_DIR:-} ]] ||
    log "user $ES_USER cannot enter $RUN_DIR: Elasticsearch runs from $outside instead"
  if [[ -z ${CT_ES_STATE_DIR:-} ]]; then
    mkdir -p "$(dirname "$outside")"
    chmod 755 "$(dirname "$outside")"
  fi
  mkdir -p "$outside"
  chmod 755 "$outside"
  printf '%s\n' "$RUN_DIR" >"$outside/.ct-run-dir"
  ES_DIST_DIR="$outside/dist"
  ES_BASE="$outside/elasticsearch"
  ES_HOME="$ES_DIST_DIR/elasticsearch-$ES_VERSION"
  runuser -u "$ES_USER" -- test -x "$outside" ||
    die "user $ES_USER cannot reach $outside either; set CT_ES_STATE_DIR to a folder it can enter"
}

es_write_config() {
  local conf="$ES_BASE/config"
  # Start from the distribution's config (jvm.options, log4j2.properties, ...)
  # once per version; elasticsearch.yml is ours and rewritten on every start.
  if [[ $(read_file "$conf/.ct-version") != "$ES_VERSION" ]]; then
    rm -rf "$conf"
    cp -a "$ES_HOME/config" "$conf"
    printf '%s\n' "$ES_VERSION" >"$conf/.ct-version"
  fi
  cat >"$conf/elasticsearch.yml" <<EOF
# Written by scripts/services.sh on every start; edits are overwritten.
cluster.name: credittown-local
node.name: credittown-local-1
network.host: 127.0.0.1
http.port: $ES_PORT
transport.port: $ES_TRANSPORT_PORT
discovery.type: single-node
xpack.security.enabled: false
cluster.routing.allocation.disk.threshold_enabled: false
path.data: $ES_BASE/data
path.logs: $ES_BASE/logs
EOF
}

start_es() {
  if es_ready; then
    log "Elasticsearch already up at http://127.0.0.1:$ES_PORT ($(es_status)); nothing to do"
    return 0
  fi
  if running_ours elasticsearch; then
    log "Elasticsearch was started earlier and is not ready yet; waiting"
    wait_ready elasticsearch es_ready "$ES_TIMEOUT" Elasticsearch
    return 0
  fi
  rm -f "$(pid_file elasticsearch)" "$(pgid_file elasticsearch)"
  port_open "$ES_PORT" && die "port $ES_PORT is in use by something that is not a healthy Elasticsearch"
  port_open "$ES_TRANSPORT_PORT" && die "transport port $ES_TRANSPORT_PORT is already in use"

  es_place
  [[ -x $ES_HOME/bin/elasticsearch ]] || fetch_dist elasticsearch "Elasticsearch $ES_VERSION" "$ES_DIST_DIR"
  [[ -x $ES_HOME/bin/elasticsearch ]] || die "no $ES_HOME/bin/elasticsearch after download"

  mkdir -p "$ES_BASE"/{data,logs,tmp}
  es_write_config

  local jhome
  jhome=$(java_home)
  local es_env=(
    "ES_JAVA_HOME=$jhome"
    "ES_PATH_CONF=$ES_BASE/config"
    "ES_TMPDIR=$ES_BASE/tmp"
    "ES_JAVA_OPTS=-Xms512m -Xmx512m"
  )

  if is_root; then
    # Elasticsearch refuses to run as root: run it as a dedicated system user (es_place created it).
    chown -R "$ES_USER:" "$ES_HOME" "$ES_BASE"
    runuser -u "$ES_USER" -- test -x "$ES_HOME/bin/elasticsearch" -a -w "$ES_BASE/data" ||
      die "user $ES_USER cannot reach $ES_BASE (a parent directory lacks o+x); set CT_ES_STATE_DIR to a folder it can enter"
    # started in its own folder: the caller's (a clone in root's home) may be closed to that user
    launch elasticsearch runuser -u "$ES_USER" -- env -C "$ES_BASE" "${es_env[@]}" "$ES_HOME/bin/elasticsearch"
  else
    launch elasticsearch env -C "$ES_BASE" "${es_env[@]}" "$ES_HOME/bin/elasticsearch"
  fi
  log "Elasticsearch $ES_VERSION starting on http://127.0.0.1:$ES_PORT (timeout ${ES_TIMEOUT}s)"
  wait_ready elasticsearch es_ready "$ES_TIMEOUT" Elasticsearch
}

# ---------------------------------------------------------------- Keycloak

kc_ready() { curl -sf -o /dev/null --max-time 3 "http://127.0.0.1:$KC_PORT/realms/master"; }

start_keycloak() {
  if kc_ready; then
    log "Keycloak already up at http://127.0.0.1:$KC_PORT; nothing to do"
    return 0
  fi
  if running_ours keycloak; then
    log "Keycloak was started earlier and is not ready yet; waiting"
    wait_ready keycloak kc_ready "$KC_TIMEOUT" Keycloak
    return 0
  fi
  rm -f "$(pid_file keycloak)" "$(pgid_file keycloak)"
  port_open "$KC_PORT" && die "port $KC_PORT is in use by something that is not Keycloak"

  [[ -x $KC_HOME/bin/kc.sh ]] || fetch_dist keycloak "Keycloak $KC_VERSION"
  [[ -x $KC_HOME/bin/kc.sh ]] || die "no executable $KC_HOME/bin/kc.sh after download"

  # dev-file keeps its H2 database in <install>/data: point that at .run/keycloak/data
  # so the state is kept apart from the (replaceable) distribution.
  mkdir -p "$KC_BASE/data"
  if [[ ! -L $KC_HOME/data ]]; then
    if [[ -d $KC_HOME/data ]]; then
      cp -a "$KC_HOME/data/." "$KC_BASE/data/"
      rm -rf "$KC_HOME/data"
    fi
    ln -s "$KC_BASE/data" "$KC_HOME/data"
  fi

  local jhome
  jhome=$(java_home)
  launch keycloak env \
    "JAVA_HOME=$jhome" \
    "JAVA_OPTS_KC_HEAP=$KC_HEAP" \
    "KC_BOOTSTRAP_ADMIN_USERNAME=$KC_ADMIN" \
    "KC_BOOTSTRAP_ADMIN_PASSWORD=$KC_ADMIN_PASSWORD" \
    "$KC_HOME/bin/kc.sh" start-dev \
    --http-host=127.0.0.1 \
    --http-port="$KC_PORT" \
    --http-management-port="$KC_MGMT_PORT" \
    --db="$KC_DB"
  log "Keycloak $KC_VERSION starting on http://127.0.0.1:$KC_PORT (db $KC_DB, timeout ${KC_TIMEOUT}s)"
  wait_ready keycloak kc_ready "$KC_TIMEOUT" Keycloak
}

# ---------------------------------------------------------------- PostgreSQL (the machine's)

pg_ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT" 2>/dev/null; }

# The cluster that serves $PG_PORT, as "VERSION NAME" (from pg_lsclusters: version, name, port, status, ...); the
# newest if several do. Nothing when no cluster uses that port.
pg_cluster() {
  pg_lsclusters --no-header 2>/dev/null | awk -v port="$PG_PORT" '$3 == port { print $1, $2 }' | sort -V | tail -n 1
}

# Runs a command as root (directly, or through sudo).
as_root() {
  if is_root; then
    "$@"
  else
    command -v sudo >/dev/null || die "'$1' needs root or sudo"
    sudo "$@"
  fi
}

# apt-get as root, never asking (a function, so the script tests can stand in for it).
apt_get() {
  if is_root; then
    DEBIAN_FRONTEND=noninteractive apt-get "$@"
  else
    sudo env DEBIAN_FRONTEND=noninteractive apt-get "$@"
  fi
}

# Debian's PostgreSQL (the distribution's default version), for a machine that has none. Debian's package creates
# its cluster itself (normally 15/main on 5432); the cluster on $PG_PORT is then found by its port, whatever its
# version and name, or created when none serves that port (create_postgres_cluster). Only a cluster this installed is
# configured (allow_loopback_logins). A PostgreSQL that was already there is never changed.
install_postgres() {
  [[ $PG_INSTALL == true ]] || die "PostgreSQL is not installed (CT_PG_INSTALL=false: install it yourself)"
  command -v apt-get >/dev/null || die "PostgreSQL is not installed, and this is no Debian machine: install it yourself"
  is_root || command -v sudo >/dev/null || die "PostgreSQL is not installed; installing it needs root or sudo"
  log "PostgreSQL is not installed: installing Debian's postgresql (apt-get)"
  apt_get update -q 9>&-
  apt_get install -y -q --no-install-recommends postgresql 9>&-
  local cluster version name
  cluster=$(pg_cluster)
  if [[ -z $cluster ]]; then
    create_postgres_cluster
  else
    read -r version name <<<"$cluster"
    allow_loopback_logins "$version" "$name"
  fi
}

# A new cluster of the newest installed server on $PG_PORT, with password-less logins from this machine. Its name:
# CT_PG_CLUSTER if set, else "main", else (main exists for that version, serving another port) "credittown_$PG_PORT".
# Never replaces a cluster: a name in use stops the script.
create_postgres_cluster() {
  local version name
  version=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -type d -printf '%f\n' 2>/dev/null | sort -V | tail -n 1)
  [[ -n $version ]] || die "no PostgreSQL server is installed under /usr/lib/postgresql"
  name=${CT_PG_CLUSTER:-main}
  if [[ -z ${CT_PG_CLUSTER:-} && -e /etc/postgresql/$version/main ]]; then
    name=credittown_$PG_PORT
  fi
  [[ ! -e /etc/postgresql/$version/$name ]] ||
    die "cluster $version/$name exists but does not serve port $PG_PORT (pg_lsclusters); set CT_PG_PORT or CT_PG_CLUSTER"
  log "Creating cluster $version/$name on port $PG_PORT"
  as_root pg_createcluster --port="$PG_PORT" "$version" "$name" >/dev/null 9>&-
  [[ $(pg_cluster) == "$version $name" ]] || die "pg_createcluster did not create $version/$name on port $PG_PORT"
  allow_loopback_logins "$version" "$name"
}

# Password-less (trust) logins over TCP from this machine only (127.0.0.1 and ::1; the cluster listens on nothing
# else), as the development machines have it, in a cluster this script installed or created. Unix-socket (local)
# lines keep peer authentication.
allow_loopback_logins() {
  local version=$1 name=$2 hba
  hba=/etc/postgresql/$version/$name/pg_hba.conf
  log "Allowing password-less logins from this machine only in $hba (a cluster installed by this script)"
  as_root sed -i -E \
    's#^(host[[:space:]]+all[[:space:]]+all[[:space:]]+(127\.0\.0\.1/32|::1/128)[[:space:]]+).*#\1trust#' "$hba"
  # the package may have started it already: let it read the change (a stopped cluster reads it at start)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" reload >/dev/null 2>&1 9>&- || true
}

start_postgres() {
  if pg_ready; then
    log "PostgreSQL already up at 127.0.0.1:$PG_PORT; nothing to do"
    return 0
  fi
  command -v pg_lsclusters >/dev/null || install_postgres
  local cluster version name
  cluster=$(pg_cluster)
  if [[ -z $cluster && $PG_CREATE == true ]]; then
    create_postgres_cluster
    cluster=$(pg_cluster)
  fi
  [[ -n $cluster ]] ||
    die "PostgreSQL is installed but no cluster uses port $PG_PORT (pg_lsclusters); set CT_PG_PORT, or CT_PG_CREATE=true to create one"
  read -r version name <<<"$cluster"
  log "PostgreSQL is down; starting cluster $version/$name (port $PG_PORT)"
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 9>&-
  local started=$SECONDS
  until pg_ready; do
    ((SECONDS - started < 30)) || die "PostgreSQL not ready after 30s (see /var/log/postgresql/)"
    sleep 1
  done
  log "PostgreSQL ready at 127.0.0.1:$PG_PORT"
}

pgdb() {
  local name=${1:-} fresh=${2:-}
  [[ -n $name ]] || die "usage: services.sh pgdb NAME [--fresh]"
  [[ $name =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]] || die "database name must match [A-Za-z_][A-Za-z0-9_]*"
  [[ -z $fresh || $fresh == --fresh ]] || die "unknown option: $fresh"
  pg_ready || start_postgres
  local psql=(psql -h 127.0.0.1 -p "$PG_PORT" -U "$PG_USER" -d postgres -v ON_ERROR_STOP=1 -qAt)
  if [[ $fresh == --fresh ]]; then
    log "Dropping database $name (if it exists)"
    "${psql[@]}" -c "DROP DATABASE IF EXISTS \"$name\" WITH (FORCE)"
  fi
  if [[ $("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$name'") == 1 ]]; then
    log "Database $name already exists"
  else
    "${psql[@]}" -c "CREATE DATABASE \"$name\""
    log "Created database $name"
  fi
  log "JDBC URL: jdbc:postgresql://127.0.0.1:$PG_PORT/$name (user $PG_USER)"
}

# ---------------------------------------------------------------- status

status_line() {
  local name=$1 url=$2 state=$3 svc=${4:-} extra=""
  if [[ -n $svc ]] && running_ours "$svc"; then
    extra="  (started by services.sh, pid $(read_file "$(pid_file "$svc")"))"
  fi
  printf '%-14s %-32s %s%s\n' "$name" "$url" "$state" "$extra"
}

status() {
  local s
  s=$(es_status)
  if [[ $s =~ ^(green|yellow)$ ]]; then s="up ($s)"; else s="down${s:+ ($s)}"; fi
  status_line elasticsearch "http://127.0.0.1:$ES_PORT" "$s" elasticsearch
  if kc_ready; then s=up; else s=down; fi
  status_line keycloak "http://127.0.0.1:$KC_PORT" "$s" keycloak
  if pg_ready; then s=up; else s=down; fi
  status_line postgresql "postgresql://127.0.0.1:$PG_PORT" "$s"
  printf 'logs: %s/<service>.log\n' "$LOG_DIR"
}

# ---------------------------------------------------------------- main

targets() {
  case "${1:-all}" in
    all) echo "postgres es keycloak" ;;
    es | elasticsearch) echo es ;;
    keycloak | kc) echo keycloak ;;
    postgres | pg | postgresql) echo postgres ;;
    *) die "unknown service '$1' (es, keycloak, postgres, all)" ;;
  esac
}

main() {
  local cmd=${1:-}
  [[ $# -gt 0 ]] && shift
  mkdir -p "$DIST_DIR" "$LOG_DIR" "$PID_DIR"
  case "$cmd" in
    start | stop)
      [[ $cmd == stop ]] || "$REPO_DIR/scripts/ensure-tools.sh" 9>&- # curl and pgrep (a minimal Debian has neither)
      # One start/stop at a time (fd 9 is closed for the servers we launch).
      exec 9>"$PID_DIR/.lock"
      flock 9
      local list t
      list=$(targets "${1:-all}") # exits here on an unknown name
      for t in $list; do
        case "$cmd:$t" in
          start:es) start_es ;;
          start:keycloak) start_keycloak ;;
          start:postgres) start_postgres ;;
          stop:es) stop_service elasticsearch Elasticsearch ;;
          stop:keycloak) stop_service keycloak Keycloak ;;
          stop:postgres) log "PostgreSQL is the machine's server, not ours: left running" ;;
        esac
      done
      ;;
    status) status ;;
    pgdb) pgdb "$@" ;;
    -h | --help | help) usage 0 ;;
    *) usage 1 >&2 ;;
  esac
}

# Sourced (by the script tests) it only defines the functions.
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  main "$@"
fi
