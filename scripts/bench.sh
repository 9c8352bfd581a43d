#!/usr/bin/env bash
# Runs a benchmark and appends its result, with the machine, date and commit, to docs/benchmarks/<name>.md.
# Benchmarks are never part of the test suite (scripts/test.sh): they run here, under the Maven profile `bench`.
#
#   scripts/bench.sh [name] [extra Maven arguments]      (default name: engine)
#
# Names:
#   engine                  bare Flowable 7.2 (its own one-step process, and the commitment's deployed BPMN with no-op
#                           delegates: bare-shaped) beside CreditTown's case start and task completion (service layer
#                           and REST with a real Keycloak token), 1/4/8 threads, on PostgreSQL (docs/benchmarks/engine.md);
#                           extra argument -Dbench.rest=false leaves REST out (no token needed from Keycloak)
#   double-publicity-import 100,000 双公示 rows into PostgreSQL (docs/benchmarks/double-publicity-import.md)
#   bell                    the live bell's unread count as a group's history grows to 100,000 notifications, beside
#                           `select 1` through the same pool, and the open pages a core carries (docs/benchmarks/bell.md)
#   search                  1.7 million subjects in Elasticsearch: the grouped search box on small data (one _msearch
#                           against one search per group), then 50 queries/s open-model (by code, by name, grouped)
#                           while 200 subjects/s are registered through the outbox, and the change-to-searchable lag
#                           (docs/benchmarks/search.md); CT_BENCH_SECONDS (default 60 here) is the load's length;
#                           extra arguments e.g. -Dbench.subjects=1700000 -Dbench.queryRate=50 -Dbench.writeRate=200
#                           -Dbench.dispatchMs=500
#                           -Dbench.lever=mapping (default: names on the mapping before index_phrases against the
#                           product's, on a second index of the same subjects), code, all or false
#                           -Dbench.keepIndex=true (keep the big indices and reuse them next run when their mapping is
#                           current) -Dbench.smallData=false -Dbench.settle=true (wait for the bulk load's merges)
#   inbox                   a tenant's group inbox (first page + total) and task completion at 1k..1M open tasks over
#                           1,000 tenants on PostgreSQL, with and without the tenant index, then 1k..100k on the
#                           embedded H2 file database (docs/benchmarks/inbox.md); CT_BENCH_SIZES, CT_BENCH_H2_SIZES
#   tenants                 1,000 tenants: provisioning and start-up time, heap per idle tenant (34 vs 1,000) and
#                           heap per open Vaadin session, on PostgreSQL (docs/benchmarks/tenants.md); CT_BENCH_TENANTS,
#                           CT_BENCH_SESSIONS, CT_BENCH_PARALLELISM (tenants provisioned at once in the parallel half)
#   tenant-heap             heap per idle tenant with each figure in a JVM of its own (no closed application context
#                           on the heap): the catalogue grown to each count of CT_BENCH_HEAP_TENANTS (default
#                           34,100,300), the new tenants provisioned, then CT_BENCH_HEAP_REPEATS (default 1) JVMs started
#                           as in production measure their idle heap and class histogram; the difference by class, and
#                           each provisioning step's share (Keycloak's) of the time (appended to docs/benchmarks/tenants.md)
#
# Needs PostgreSQL on 127.0.0.1:5432 and, for `engine`, the shared Keycloak (and Elasticsearch the application talks
# to): `scripts/services.sh start` starts them if they are down; this script never starts or stops them.
#
# Environment (defaults):
#   CT_BENCH_DB=credittown_bench_engine${CT_TEST_DB_SUFFIX}   the application's database (kept between runs)
#   CT_BENCH_BARE_DB=credittown_bench_bare${CT_TEST_DB_SUFFIX}     bare Flowable's database (recreated every run)
#   CT_BENCH_FRESH=false     true: recreate the application's database too (start-up then provisions every tenant)
#   CT_BENCH_SECONDS=5 CT_BENCH_WARMUP=4 CT_BENCH_THREADS=1,4,8   per cell, warm-up per path and operation, threads
#   CT_BENCH_JFR=false       true: record the run with Java Flight Recorder into <module>/target/<name>.jfr
#   CT_BENCH_NOTE=           a line written with the result (e.g. "before the caches")
#   CT_BENCH_DOC=docs/benchmarks/<name>.md   where the result is appended
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

name=${1:-engine}
[[ $# -gt 0 ]] && shift
suffix=${CT_TEST_DB_SUFFIX:-}
services=scripts/services.sh

case $name in
  engine)
    module=ui
    class=EngineBenchmark
    result=ui/target/benchmark-engine.md
    ;;
  double-publicity-import)
    module=platform
    class=DoublePublicityImportBenchmark
    result=platform/target/benchmark-double-publicity-import.txt
    ;;
  bell)
    module=platform
    class=NotificationBellBenchmark
    result=platform/target/benchmark-bell.md
    ;;
  search)
    module=platform
    class=SearchUnderLoadBenchmark
    result=platform/target/benchmark-search.md
    CT_BENCH_SECONDS=${CT_BENCH_SECONDS:-60}
    ;;
  inbox)
    module=ui
    class=InboxScaleBenchmark,InboxScaleH2Benchmark
    result=ui/target/benchmark-inbox.md
    ;;
  tenants)
    module=ui
    class=TenantScaleBenchmark
    result=ui/target/benchmark-tenants.md
    ;;
  tenant-heap)
    module=ui
    class=TenantHeapBenchmark
    result=ui/target/benchmark-tenant-heap.md
    ;;
  *)
    echo "unknown benchmark: $name (engine, double-publicity-import, bell, search, inbox, tenants, tenant-heap)" >&2
    exit 2
    ;;
esac

doc=${CT_BENCH_DOC:-docs/benchmarks/${name/#tenant-heap/tenants}.md}
if [[ $name == engine ]]; then
  db=${CT_BENCH_DB:-credittown_bench_engine$suffix}
elif [[ $name == bell ]]; then
  db=${CT_BENCH_DB:-credittown_bench_bell$suffix}
elif [[ $name == search ]]; then
  db=${CT_BENCH_DB:-credittown_bench_search$suffix}
elif [[ $name == inbox || $name == tenants ]]; then
  db=${CT_BENCH_DB:-credittown_bench_$name$suffix}
elif [[ $name == tenant-heap ]]; then
  db=${CT_BENCH_DB:-credittown_bench_tenantheap$suffix}
else
  db=${CT_BENCH_DB:-credittown_bench_import$suffix}
fi
bare_db=${CT_BENCH_BARE_DB:-credittown_bench_bare$suffix}

# the machine, as it is when the run starts
nproc_now=$(nproc)
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//' || echo unknown)
memory=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1024 / 1024}' /proc/meminfo)
load=$(cut -d' ' -f1-3 /proc/loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
commit=$(git rev-parse --short HEAD)
git diff --quiet HEAD -- . ':!docs' 2>/dev/null || commit="$commit (with uncommitted changes)"
java_version=$(java -version 2>&1 | head -1)

if [[ $name == engine ]]; then
  if [[ ${CT_BENCH_FRESH:-false} == true ]]; then
    "$services" pgdb "$db" --fresh
  else
    "$services" pgdb "$db"
  fi
  "$services" pgdb "$bare_db" --fresh
elif [[ $name == tenants || $name == tenant-heap ]]; then
  "$services" pgdb "$db" --fresh   # the run measures provisioning from nothing
else
  "$services" pgdb "$db"
fi

jvm_args=""
if [[ ${CT_BENCH_JFR:-false} == true ]]; then
  jvm_args="-XX:StartFlightRecording=filename=$PWD/$module/target/$name.jfr,settings=profile,dumponexit=true"
fi

if [[ $name == inbox ]]; then
  # surefire enables assertions; H2 2.3.232's file store then fails an internal assert after bulk writes
  # (h2database/h2database#4048, "AssertionError ... shrinkStoreIfPossible") that a running application never checks
  jvm_args="$jvm_args -da:org.h2..."
fi

rm -f "$result" "${result%.md}-h2.md"
command=(mvn -o -B -ntp -Pbench -pl "$module" -am verify "-Dtest=$class" -Dsurefire.failIfNoSpecifiedTests=false
  -Dfailsafe.failIfNoSpecifiedTests=false "-Dbench.db=$db" "-Dbench.bareDb=$bare_db"
  "-Dbench.seconds=${CT_BENCH_SECONDS:-5}" "-Dbench.warmup=${CT_BENCH_WARMUP:-4}"
  "-Dbench.threads=${CT_BENCH_THREADS:-1,4,8}" "-Dbench.out=$PWD/$result" "-Dbench.jvmArgs=$jvm_args"
  "-Dbench.sizes=${CT_BENCH_SIZES:-1000,10000,100000,1000000}" "-Dbench.h2Sizes=${CT_BENCH_H2_SIZES:-1000,10000,100000}"
  "-Dbench.tenants=${CT_BENCH_TENANTS:-1000}" "-Dbench.sessions=${CT_BENCH_SESSIONS:-100}"
  "-Dbench.parallelism=${CT_BENCH_PARALLELISM:-4}" "-Dbench.heapTenants=${CT_BENCH_HEAP_TENANTS:-34,100,300}"
  "-Dbench.heapRepeats=${CT_BENCH_HEAP_REPEATS:-1}"
  -Dspring-boot.repackage.skip=true "$@")
extra_args="$*"
echo "[bench] ${command[*]}"
began=$(date +%s)
"${command[@]}" | grep --line-buffered -E '^(BENCH|warm-up|\[ERROR\]|Tests run:)' || true
[[ -s $result ]] || { echo "[bench] no result in $result: see $module/target/surefire-reports/" >&2; exit 1; }
took=$(( $(date +%s) - began ))

[[ -f $doc ]] || printf '# Benchmark: %s\n\nResults appended by `scripts/bench.sh %s`, newest last.\n' "$name" "$name" > "$doc"
{
  printf '\n### Run of %s (commit %s)\n\n' "$started" "$commit"
  [[ -n ${CT_BENCH_NOTE:-} ]] && printf '%s\n\n' "$CT_BENCH_NOTE"
  case $name in
    inbox) settings="CT_BENCH_SIZES=${CT_BENCH_SIZES:-1000,10000,100000,1000000} CT_BENCH_H2_SIZES=${CT_BENCH_H2_SIZES:-1000,10000,100000}" ;;
    tenant-heap) settings="CT_BENCH_HEAP_TENANTS=${CT_BENCH_HEAP_TENANTS:-34,100,300} CT_BENCH_HEAP_REPEATS=${CT_BENCH_HEAP_REPEATS:-1} CT_BENCH_PARALLELISM=${CT_BENCH_PARALLELISM:-4}" ;;
    tenants) settings="CT_BENCH_TENANTS=${CT_BENCH_TENANTS:-1000} CT_BENCH_SESSIONS=${CT_BENCH_SESSIONS:-100} CT_BENCH_PARALLELISM=${CT_BENCH_PARALLELISM:-4}" ;;
    *) settings="CT_BENCH_SECONDS=${CT_BENCH_SECONDS:-5} CT_BENCH_WARMUP=${CT_BENCH_WARMUP:-4} CT_BENCH_THREADS=${CT_BENCH_THREADS:-1,4,8}" ;;
  esac
  printf 'Command: `%s scripts/bench.sh %s%s` (%s); %s s in all.\n\n' \
    "${CT_TEST_DB_SUFFIX:+CT_TEST_DB_SUFFIX=$CT_TEST_DB_SUFFIX}" "$name" "${extra_args:+ $extra_args}" "$settings" "$took"
  printf 'Machine: %s cores (`nproc`), %s, %s RAM, load average %s at the start; %s.\n\n' \
    "$nproc_now" "$cpu" "$memory" "$load" "$java_version"
  cat "$result"
  if [[ -s ${result%.md}-h2.md ]]; then
    printf '\n'
    cat "${result%.md}-h2.md"
  fi
} >> "$doc"
echo "[bench] appended to $doc"
[[ ${CT_BENCH_JFR:-false} == true ]] && echo "[bench] flight recording: $module/target/$name.jfr"
exit 0
