#!/usr/bin/env bash
# Tests of scripts/services.sh for fresh machines (on demand, not part of scripts/test.sh: the second one starts a
# second Elasticsearch for about a minute):
#
#   scripts/tests/services-test.sh            both
#   scripts/tests/services-test.sh pg         the PostgreSQL cluster detection only (no service started)
#   scripts/tests/services-test.sh pg-fresh   PostgreSQL's fresh-machine path on a cluster of its own (port 5433)
#   scripts/tests/services-test.sh debian-fresh   the same path for real on a fresh Debian with only Java and Maven
#   scripts/tests/services-test.sh debian-readme-run    README command 1 there, with the clone in /root (5.)
#   scripts/tests/services-test.sh debian-readme-test   README command 2 there (the whole suite: half an hour or more)
#
# 1. pg: the cluster to start is found with pg_lsclusters by its port, whatever its version and name.
# 2. es: a clone inside a folder other users cannot enter (mode 700, like root's home) starts Elasticsearch as root:
#    it runs as CT_ES_USER from a folder outside the clone, stores a document, and stops. It uses other ports
#    (CT_ES_PORT, default 19200) and the clone's own run dir, so a running Elasticsearch on 9200 is not touched.
# 3. pg-fresh: as root, the fresh-machine path of PostgreSQL (install, pg_createcluster, pg_hba.conf, start, pgdb) on
#    a cluster of its own on CT_TEST_PG_PORT (default 5433), dropped afterwards; the machine's clusters are untouched.
# 4. debian-fresh: as root, a fresh Debian 12 (debootstrap --variant=minbase into .run/debian-fresh, then only
#    openjdk-17-jdk-headless and maven) where `scripts/services.sh start postgres` really downloads and installs Debian's
#    postgresql with apt-get, creates a cluster on CT_TEST_PG_PORT (default 5434), opens it to this machine and
#    creates a database that psql then reaches over 127.0.0.1. The chroot shares this machine's ports, so packages may
#    not start services there (policy-rc.d, as in a container) and Debian's own cluster (main, on 5432, which this
#    machine's server holds) stays stopped: the script finds that no cluster serves its port and creates one
#    (CT_PG_CREATE=true). The Debian tree is kept between runs; PostgreSQL is purged from it and apt's cache emptied at
#    every run, so each run downloads it again. The first run takes about 10 minutes (debootstrap, the JDK, Maven).
# 5. debian-readme-run / debian-readme-test: README command 1 / 2 for real in a copy of that tree, the clone in /root
#    (debian_readme below: what is checked, the ports used, the Maven artifacts copied in).
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

# ------------------------------------------------------------------ PostgreSQL on a fresh machine

# The path of a machine without PostgreSQL, for real except the download: services.sh's install_postgres with apt-get
# stood in for (the package is installed here; a real apt-get install could upgrade the machine's running server),
# then Debian's pg_createcluster on a free port (CT_TEST_PG_PORT, default 5433) under the name the script chooses
# (main exists here, so credittown_<port>), its pg_hba.conf edited for password-less logins over 127.0.0.1 and ::1,
# started, a database created with `services.sh pgdb`, and logged into without a password. The machine's clusters
# (e.g. 15/main on 5432) are checked to be unchanged: same status, same pg_hba.conf, same postmaster. The created
# cluster, and only it, is dropped afterwards.
pg_fresh_machine() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "  (skipped: runs as root only, where pg_createcluster may create a cluster)"
    return 0
  fi
  if ! command -v pg_createcluster >/dev/null; then
    echo "  (skipped: Debian's postgresql-common is not installed: scripts/services.sh start postgres installs it)"
    return 0
  fi
  local port=${CT_TEST_PG_PORT:-5433} before after created="" version name ok=1 apt_log hba
  if pg_lsclusters --no-header | awk -v port="$port" '$3 == port { found = 1 } END { exit !found }' ||
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "  port $port is in use (pg_lsclusters or a listener): set CT_TEST_PG_PORT"
    return 1
  fi
  before=$(machine_clusters)
  apt_log=$(mktemp)
  (
    # shellcheck source=../services.sh
    CT_PG_PORT=$port source "$SOURCE/scripts/services.sh"
    apt_get() { printf 'apt-get %s\n' "$*" >>"$apt_log"; }
    install_postgres && start_postgres && pgdb ct_fresh_machine_check
  ) >"$apt_log.out" 2>&1 || { echo "  services.sh failed:"; sed 's/^/    /' "$apt_log.out"; ok=0; }
  read -r version name < <(pg_lsclusters --no-header | awk -v port="$port" '$3 == port { print $1, $2 }')
  [[ -n ${name:-} ]] && created="$version $name"
  if ((ok == 1)); then
    hba=/etc/postgresql/$version/$name/pg_hba.conf
    grep -q '^apt-get update' "$apt_log" && grep -q '^apt-get install .*postgresql' "$apt_log" ||
      { echo "  apt-get was not asked to install postgresql: $(cat "$apt_log")"; ok=0; }
    [[ $name == "credittown_$port" ]] || { echo "  cluster name '$name', expected credittown_$port"; ok=0; }
    grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+127\.0\.0\.1/32[[:space:]]+trust' "$hba" &&
      grep -Eq '^host[[:space:]]+all[[:space:]]+all[[:space:]]+::1/128[[:space:]]+trust' "$hba" &&
      grep -Eq '^local[[:space:]]+all[[:space:]]+postgres[[:space:]]+peer' "$hba" ||
      { echo "  $hba:"; grep -v '^#' "$hba" | grep . | sed 's/^/    /'; ok=0; }
    # over ::1 too where the cluster listens there ("localhost" may name 127.0.0.1 only, as on this machine)
    local hosts=(127.0.0.1) answer
    ss -Hltn "sport = :$port" 2>/dev/null | grep -q '\[::1\]' && hosts+=(::1)
    for host in "${hosts[@]}"; do
      answer=$(PGPASSWORD='' psql -w -h "$host" -p "$port" -U postgres -d ct_fresh_machine_check -qAt \
        -c 'SELECT current_database()' 2>&1)
      [[ $answer == ct_fresh_machine_check ]] || { echo "  no password-less login over $host:$port: $answer"; ok=0; }
    done
    echo "  password-less logins over ${hosts[*]} (port $port), cluster $version/$name"
    grep -q "Creating cluster $version/$name on port $port" "$apt_log.out" ||
      { echo "  services.sh did not say it created the cluster"; ok=0; }
  fi
  # only the cluster this test created, on its port, and only if it was not there before
  if [[ -n $created && $before != *"$created $port"* ]]; then
    pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop >/dev/null 2>&1 || true
    pg_dropcluster "$version" "$name" || { echo "  could not drop $created"; ok=0; }
  fi
  after=$(machine_clusters)
  [[ $after == "$before" ]] || { echo "  the machine's clusters changed:"; diff <(echo "$before") <(echo "$after"); ok=0; }
  rm -f "$apt_log" "$apt_log.out"
  ((ok == 1))
}

# Every cluster with its port, status, the checksum of its pg_hba.conf and its postmaster's pid.
machine_clusters() {
  local version name port status
  while read -r version name port status _; do
    printf '%s %s %s %s %s %s\n' "$version" "$name" "$port" "$status" \
      "$(md5sum </etc/postgresql/"$version"/"$name"/pg_hba.conf | cut -c1-12)" \
      "$(head -n 1 /var/lib/postgresql/"$version"/"$name"/postmaster.pid 2>/dev/null)"
  done < <(pg_lsclusters --no-header)
}

# ------------------------------------------------------------------ a fresh Debian with only Java and Maven

debian_fresh_machine() {
  if [[ $(id -u) -ne 0 ]]; then
    echo "  (skipped: runs as root only: debootstrap and chroot)"
    return 0
  fi
  local root=${CT_TEST_DEBIAN_ROOT:-$SOURCE/.run/debian-fresh} port=${CT_TEST_PG_PORT:-5434}
  local mirror=${CT_TEST_DEBIAN_MIRROR:-http://deb.debian.org/debian} log answer ok=1
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "  port $port is in use: set CT_TEST_PG_PORT"
    return 1
  fi
  log=$(mktemp)
  in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
  mounted() { # the chroot's /proc and /dev (the JDK's and PostgreSQL's packages need them), as on a real machine
    mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
    mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
  }
  if [[ ! -x $root/usr/bin/mvn ]]; then
    command -v debootstrap >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >>"$log" 2>&1
    rm -rf "$root"
    echo "  debootstrap bookworm into $root (first run only)"
    debootstrap --variant=minbase bookworm "$root" "$mirror" >>"$log" 2>&1 || { echo "  debootstrap failed:"; tail -n 20 "$log"; return 1; }
    # as in a container: packages do not start services (the chroot shares this machine's ports and has no init)
    printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
    chmod 755 "$root/usr/sbin/policy-rc.d"
    mounted
    in_root sh -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends openjdk-17-jdk-headless maven" \
      >>"$log" 2>&1 || { echo "  installing Java and Maven failed:"; tail -n 20 "$log"; umount "$root/proc" "$root/dev"; return 1; }
  fi
  mounted
  # back to "only Java and Maven": no PostgreSQL, no cluster, nothing in apt's cache
  in_root sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q "postgresql*" >/dev/null 2>&1; \
    rm -rf /etc/postgresql /var/lib/postgresql /etc/postgresql-common /var/log/postgresql; apt-get clean' || true
  answer=$(in_root sh -c 'command -v java && command -v mvn && ! command -v psql && ! command -v pg_lsclusters && echo bare')
  [[ $answer == *bare ]] || { echo "  the Debian tree is not 'only Java and Maven': $answer"; ok=0; }
  rm -rf "$root/src"
  mkdir -p "$root/src"
  cp -a "$SOURCE/scripts" "$root/src/"
  if ((ok == 1)); then
    in_root env CT_PG_PORT="$port" CT_PG_CREATE=true bash /src/scripts/services.sh start postgres >"$log" 2>&1 &&
      in_root env CT_PG_PORT="$port" bash /src/scripts/services.sh pgdb ct_debian_fresh_check >>"$log" 2>&1 ||
      { echo "  services.sh failed:"; sed 's/^/    /' "$log"; ok=0; }
  fi
  if ((ok == 1)); then
    grep -q "installing Debian's postgresql" "$log" || { echo "  services.sh did not install PostgreSQL"; ok=0; }
    ls "$root"/var/cache/apt/archives/postgresql-1*_*.deb >/dev/null 2>&1 ||
      { echo "  no postgresql package was downloaded into the Debian tree"; ok=0; }
    answer=$(PGPASSWORD='' in_root psql -w -h 127.0.0.1 -p "$port" -U postgres -d ct_debian_fresh_check -qAt \
      -c 'SELECT current_database() || $$ $$ || current_setting($$server_version_num$$)' 2>&1)
    [[ $answer == "ct_debian_fresh_check "* ]] || { echo "  no password-less login over 127.0.0.1:$port: $answer"; ok=0; }
    echo "  $(grep -o "Creating cluster [^ ]* on port [0-9]*" "$log"); psql answered: $answer"
  fi
  in_root sh -c 'for c in $(pg_lsclusters --no-header 2>/dev/null | awk "{print \$1 \"/\" \$2}"); do
    pg_ctlcluster --skip-systemctl-redirect ${c%/*} ${c#*/} stop 2>/dev/null; done' || true
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "  the chroot's PostgreSQL still answers on $port after stop"
    ok=0
  fi
  umount "$root/proc" "$root/dev" 2>/dev/null || true
  rm -f "$log"
  ((ok == 1))
}

# ------------------------------------------------------------------ the README commands on a fresh Debian

# debian-readme-run / debian-readme-test: README command 1 (scripts/run.sh) or 2 (scripts/test.sh) for real, as root,
# in a fresh copy of the Debian tree of debian-fresh (only Java and Maven; built first if missing) with a clone of this
# repository in root's home (/root/credittown, mode 700: Elasticsearch's user cannot enter it). The copy is made anew
# at every run (.run/debian-readme-<run|test>), so every run installs PostgreSQL, npm, the font, curl, procps (and for
# the tests Chromium and chromedriver) from Debian's mirror, downloads Elasticsearch and Keycloak and creates its
# PostgreSQL cluster. The chroot shares this machine's ports, so it runs on ports of its own (the scripts' CT_*
# variables, below; PostgreSQL with CT_PG_CREATE=true, since Debian's cluster main wants 5432, which this machine's
# server holds). CT_TEST_M2_SEED=true (the default) copies this machine's ~/.m2/repository (without CreditTown's own
# artifacts and without the Elasticsearch and Keycloak distributions, which services.sh then downloads) into the
# chroot's /root/.m2 to save the download of the build's Maven artifacts; false downloads everything, as a truly
# fresh machine does. Output of the command: .run/debian-readme-<run|test>.log.
# run: waits (up to CT_TEST_README_TIMEOUT, 3600 s) until run.sh prints the URLs, checks that readiness is UP at
# that moment, that / leads to Keycloak's login page in Chinese and that the demo city is there (the public
# severe-dishonesty list, and humen's tasks over REST with humen.officer's token), then stops run.sh by its PID
# and checks that the application, Elasticsearch and Keycloak are gone. test: runs scripts/test.sh to its end and
# passes if it exits 0.
readme_ports_run=(CT_APP_PORT=18080 CT_ES_PORT=19201 CT_ES_TRANSPORT_PORT=19301 CT_KEYCLOAK_PORT=18181
  CT_KEYCLOAK_MANAGEMENT_PORT=19181 CT_PG_PORT=5434)
readme_ports_test=(CT_APP_PORT=18082 CT_ES_PORT=19202 CT_ES_TRANSPORT_PORT=19302 CT_KEYCLOAK_PORT=18182
  CT_KEYCLOAK_MANAGEMENT_PORT=19182 CT_PG_PORT=5435)

# Mounts the tree on itself, then /proc, /sys and /dev (with /dev/pts and /dev/shm, for Chromium) into Debian tree $1;
# rslave, so unmounting them there never reaches this machine's own.
mount_tree() {
  local root=$1
  # the tree on itself first, so that its / is a mount point seen from inside (/proc/self/mountinfo): Elasticsearch
  # looks up the mount of its data path and fails with "Mount point not found" in a plain chroot
  if ! mountpoint -q "$root"; then
    mount --bind "$root" "$root" && mount --make-rslave "$root"
  fi
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  mountpoint -q "$root/sys" || mount -t sysfs sysfs "$root/sys"
  if ! mountpoint -q "$root/dev"; then
    mount --rbind /dev "$root/dev" && mount --make-rslave "$root/dev"
  fi
}

# True if something is mounted inside tree $1.
tree_mounted() { awk -v r="$1" '$2 == r || index($2, r "/") == 1 { found = 1 } END { exit !found }' /proc/self/mounts; }

# Unmounts them unless a process still runs in the tree.
umount_tree() {
  local root=$1 p
  root=$(cd "$root" && pwd -P)
  for p in /proc/[0-9]*; do
    if [[ $(readlink "$p/root" 2>/dev/null) == "$root" ]]; then
      echo "  process ${p#/proc/} still runs in $root: left mounted"
      return 1
    fi
  done
  umount -R "$root" 2>/dev/null || true
  ! tree_mounted "$root" || { echo "  still mounted in $root:"; grep " $root" /proc/self/mounts; return 1; }
}

debian_readme() {
  local cmd=$1
  if [[ $(id -u) -ne 0 ]]; then
    echo "  (skipped: runs as root only: debootstrap and chroot)"
    return 0
  fi
  local base=${CT_TEST_DEBIAN_ROOT:-$SOURCE/.run/debian-fresh} root=$SOURCE/.run/debian-readme-$cmd
  local log=$SOURCE/.run/debian-readme-$cmd.log ok=1 answer started pid port var
  local -n ports=readme_ports_$cmd
  for var in "${ports[@]}"; do
    port=${var#*=}
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "  port $port (${var%%=*}) is in use"
      return 1
    fi
  done
  if [[ ! -x $base/usr/bin/mvn ]]; then
    echo "  no Debian tree with Java and Maven at $base: building it (debian-fresh)"
    debian_fresh_machine >/dev/null || { echo "  could not build $base"; return 1; }
  fi
  if [[ -d $root ]] && tree_mounted "$(cd "$root" && pwd -P)"; then
    umount_tree "$root" || return 1
  fi
  local keep=false
  [[ ${CT_TEST_README_KEEP:-false} == true && -x $root/usr/bin/mvn ]] && keep=true
  if $keep; then
    echo "  CT_TEST_README_KEEP=true: the tree of the previous run, with what it installed (not fresh)"
    rm -rf --one-file-system "$root/root/credittown"
  else
    rm -rf --one-file-system "$root"
    echo "  copying $base to $root"
    cp -ax "$base" "$root" || return 1
  fi
  # debootstrap writes no /etc/hosts; every installed Debian (installer, cloud and container images) has one naming
  # localhost, which the scripts and the application use
  [[ -f $root/etc/hosts ]] || printf '127.0.0.1\tlocalhost\n::1\t\tlocalhost ip6-localhost ip6-loopback\n' >"$root/etc/hosts"
  in_tree() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
  mount_tree "$root"
  # This machine reaches the internet through a TLS-inspecting egress proxy and trusts its CA
  # (/usr/local/share/ca-certificates); the chroot shares its network, so it trusts the same CAs (update-ca-certificates
  # also writes them into Java's cacerts, which Maven uses). Node's npm reads NODE_EXTRA_CA_CERTS, passed on below as
  # this machine sets it. A machine without such a proxy needs neither.
  if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
    in_tree update-ca-certificates >/dev/null 2>&1 || { echo "  update-ca-certificates failed in the tree"; ok=0; }
  fi
  $keep || {
  # back to "only Java and Maven" (debian-fresh's own check installs PostgreSQL, and through services.sh's
  # ensure-tools.sh curl and procps, into the base tree)
  in_tree sh -c 'DEBIAN_FRONTEND=noninteractive apt-get purge -y -q --auto-remove "postgresql*" curl procps >/dev/null 2>&1; \
    rm -rf /etc/postgresql /var/lib/postgresql /etc/postgresql-common /var/log/postgresql; apt-get clean' || true
  answer=$(in_tree sh -c 'for c in psql curl pgrep npm chromium git; do command -v $c; done; \
    command -v java >/dev/null && command -v mvn >/dev/null && echo bare')
  [[ $answer == bare ]] || { echo "  the Debian tree is not 'only Java and Maven': $answer"; ok=0; }
  }
  echo "  $(in_tree sh -c '. /etc/os-release; echo "$PRETTY_NAME, Debian $(cat /etc/debian_version)"'); $(in_tree java -version 2>&1 | head -n 1); $(in_tree mvn -v 2>/dev/null | head -n 1 | sed 's/\x1b\[[0-9;]*m//g')"
  # the clone, as committed, plus the scripts as they are in the working tree (they may not be committed yet)
  git clone -q "$SOURCE" "$root/root/credittown" || return 1
  cp -a "$SOURCE/scripts/." "$root/root/credittown/scripts/"
  [[ $(stat -c %a "$root/root") == 700 ]] || { echo "  /root is not mode 700: $(stat -c %a "$root/root")"; ok=0; }
  if [[ ${CT_TEST_M2_SEED:-true} == true && -d $HOME/.m2/repository ]] && ! $keep; then
    mkdir -p "$root/root/.m2"
    cp -a "$HOME/.m2/repository" "$root/root/.m2/"
    # not CreditTown's own artifacts (the build makes them), nor the server distributions (services.sh downloads them)
    rm -rf "$root/root/.m2/repository/com/credittown" "$root/root/.m2/repository/org/elasticsearch/distribution" \
      "$root/root/.m2/repository/org/keycloak/keycloak-quarkus-dist"
    echo "  seeded /root/.m2 with a copy of $HOME/.m2/repository ($(du -sh "$root/root/.m2" | cut -f1); CT_TEST_M2_SEED=false to download)"
  fi
  ((ok == 1)) || { umount_tree "$root"; return 1; }
  # the services' and the application's start-up timeouts (120 s, 180 s, 900 s by default) are for a machine of one's
  # own; on this shared, loaded machine Elasticsearch alone took more than 120 s (CT_TEST_README_SLOW=false: defaults)
  local slow=()
  [[ ${CT_TEST_README_SLOW:-true} == true ]] && slow=(CT_ES_TIMEOUT=900 CT_KEYCLOAK_TIMEOUT=900 CT_APP_TIMEOUT=3000)
  local env=("${ports[@]}" "${slow[@]}" CT_PG_CREATE=true ${NODE_EXTRA_CA_CERTS:+NODE_EXTRA_CA_CERTS=$NODE_EXTRA_CA_CERTS})
  started=$SECONDS
  echo "  $(date -u '+%F %T') UTC: chroot $root: cd /root/credittown && ${env[*]} scripts/${cmd}.sh (output: $log)"
  case $cmd in
    run)
      local app=http://localhost:18080 kc=http://127.0.0.1:18181 token
      # exec all the way down (subshell → chroot → env → bash → run.sh): $! is run.sh itself, so the TERM below
      # reaches it (through a function's subshell it would kill only that subshell and leave run.sh running)
      (exec chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "${env[@]}" \
        bash -c 'cd /root/credittown && exec scripts/run.sh') >"$log" 2>&1 &
      pid=$!
      until grep -q '^CreditTown is ready' "$log"; do
        if ! kill -0 "$pid" 2>/dev/null; then
          echo "  run.sh ended before it was ready:"; tail -n 30 "$log" | sed 's/^/    /'; ok=0; break
        fi
        if ((SECONDS - started > ${CT_TEST_README_TIMEOUT:-3600})); then
          echo "  not ready after ${CT_TEST_README_TIMEOUT:-3600}s"; ok=0; break
        fi
        sleep 2
      done
      if ((ok == 1)); then
        answer=$(curl -s --max-time 10 "$app/actuator/health/readiness")
        echo "  URLs printed after $((SECONDS - started))s; readiness then: $answer"
        [[ $answer == *'"status":"UP"'* ]] || ok=0
        grep -q 'waiting until CreditTown is ready' "$log" &&
          (($(grep -c "^  tenants  *$app/" "$log") == 1)) || { echo "  the URLs were not printed once, after waiting"; ok=0; }
        # as a browser asks (without Accept: text/html the application answers 401, as to a REST client); the first
        # login page is slow on a loaded machine (the application's first request, Keycloak's first theme)
        answer=$(curl -s -L --max-time 180 -H 'Accept: text/html,application/xhtml+xml' -c /tmp/ct-readme-cookies -w '\nHTTP %{http_code} at %{url_effective}\n' "$app/" |
          grep -o '<title>[^<]*</title>\|登录\|id="username"\|^HTTP .*' | sort -u | tr '\n' ' ')
        rm -f /tmp/ct-readme-cookies
        echo "  / leads to: $answer"
        [[ $answer == *'id="username"'* && $answer == *登录* ]] || ok=0
        answer=$(curl -s --max-time 30 "$app/api/public/severe-list")
        echo "  /api/public/severe-list: ${answer:0:200}"
        [[ $answer == *恒发五金制品厂* ]] || ok=0
        token=$(curl -s --max-time 30 "$kc/realms/dongguan/protocol/openid-connect/token" \
          -d grant_type=password -d client_id=credittown-web -d client_secret=credittown-web-dev-secret \
          -d username=humen.officer -d password=demo1234 | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
        answer=$(curl -s --max-time 30 -H "Authorization: Bearer $token" "$app/api/tenants/humen/tasks")
        echo "  /api/tenants/humen/tasks as humen.officer: $(grep -o '"id"' <<<"$answer" | wc -l) ids, $(grep -o '演示' <<<"$answer" | wc -l) × 演示; ${answer:0:200}"
        [[ $answer == *'"id"'* ]] || ok=0
      fi
      if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid"
        wait "$pid" 2>/dev/null
        echo "  run.sh (pid $pid) stopped by TERM"
      fi
      for var in CT_APP_PORT CT_ES_PORT CT_KEYCLOAK_PORT; do
        port=$(printf '%s\n' "${ports[@]}" | sed -n "s/^$var=//p")
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
          echo "  $var $port still answers after run.sh stopped"; ok=0
        fi
      done
      ;;
    test)
      in_tree "${env[@]}" bash -c 'cd /root/credittown && exec scripts/test.sh' >"$log" 2>&1 &
      pid=$!
      echo "  scripts/test.sh runs as pid $pid"
      wait "$pid"
      answer=$?
      echo "  scripts/test.sh exited $answer after $((SECONDS - started))s; $(grep -E '^\[(INFO|ERROR|WARNING)\] Tests run:.*Fail' "$log" | grep -v ' - in ' | tail -n 3 | tr '\n' ' ')"
      grep -E '^\[INFO\] (CreditTown|BUILD)|Reactor Summary' "$log" | tail -n 8 | sed 's/^/    /'
      ((answer == 0)) || { tail -n 40 "$log" | sed 's/^/    /'; ok=0; }
      ;;
  esac
  echo "  $((SECONDS - started))s in all"
  # the chroot's PostgreSQL: services.sh never stops it, the test does
  in_tree sh -c 'for c in $(pg_lsclusters --no-header 2>/dev/null | awk "{print \$1 \"/\" \$2}"); do
    pg_ctlcluster --skip-systemctl-redirect ${c%/*} ${c#*/} stop 2>/dev/null; done' || true
  # what the command left running in the tree (e.g. a surefire fork that ignored TERM when the run was cut short)
  local p real
  real=$(cd "$root" && pwd -P)
  sleep 5
  for p in /proc/[0-9]*; do
    if [[ $(readlink "$p/root" 2>/dev/null) == "$real" ]]; then
      echo "  killing pid ${p#/proc/}, left in the tree: $(tr '\0' ' ' <"$p/cmdline" 2>/dev/null | cut -c1-80)"
      kill -KILL "${p#/proc/}" 2>/dev/null || true
    fi
  done
  sleep 1
  umount_tree "$root" || ok=0
  ((ok == 1))
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
  pg-fresh) check "PostgreSQL installed, cluster created and opened to this machine on a free port" pg_fresh_machine ;;
  es) check "Elasticsearch starts from a clone in a mode-700 folder" es_from_closed_clone ;;
  debian-fresh) check "A fresh Debian with only Java and Maven: PostgreSQL downloaded, installed, started" debian_fresh_machine ;;
  debian-readme-run) check "A fresh Debian with only Java and Maven, clone in /root: README command 1" debian_readme run ;;
  debian-readme-test) check "A fresh Debian with only Java and Maven, clone in /root: README command 2" debian_readme test ;;
  all)
    check "PostgreSQL cluster found by its port" pg_detection
    check "PostgreSQL installed, cluster created and opened to this machine on a free port" pg_fresh_machine
    check "Elasticsearch starts from a clone in a mode-700 folder" es_from_closed_clone
    ;;
  *) echo "unknown test: $1" >&2; exit 2 ;;
esac
echo "$passed passed, $failed failed"
((failed == 0))
