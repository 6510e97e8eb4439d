#!/usr/bin/env bash
# The CPU one operation costs (issue 29), not part of `mvn verify`:
#   scripts/bench-cost.sh [kinds, default "register register-code send"] [seconds, default 60] [connections, default 32]
# (kinds also "read" and "read-team": the owner's first invoice page with the ledger's token and with a team session)
# For each kind: starts the service from its jar (profile local, a fresh database on the machine's PostgreSQL, search in
# PostgreSQL, SMS and email to the local outboxes) on 127.0.0.1, warms it with a short load of the same kind, then runs
# network.khata.app.load.CostBench on the same machine: the kind's load from that many connections for that long, until
# every processing group is back at the head; CPU seconds of the service's JVM and of PostgreSQL over the operations.
# Result lines: app/target/bench-cost.txt. Stops the service and drops the database after each kind.
set -euo pipefail
cd "$(dirname "$0")/.."
kinds=${1:-register register-code send}
seconds=${2:-60}
clients=${3:-32}
port=${KHATA_BENCH_PORT:-18080}
jar=${KHATA_BENCH_JAR:-app/target/khata-network.jar}   # another build's jar: the same load against it
# KHATA_BENCH_JFR=1: record the service with Java Flight Recorder (app/target/bench-cost-<kind>.jfr), summarised by
# scripts/jfr-where.py into where its CPU samples fall. KHATA_BENCH_STATEMENTS=1: PostgreSQL's statements of the
# measured run (pg_stat_statements, which must be in shared_preload_libraries), per operation, the costliest first
profile=()
if [ "${KHATA_BENCH_JFR:-}" = 1 ]; then
  profile=(-XX:StartFlightRecording=filename=app/target/bench-cost.jfr,settings=profile)
fi
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
rm -f app/target/*.jar   # else a change in another module alone does not repackage the service
source scripts/test-classpath.sh
for kind in $kinds; do
  database="khata_cost_$(date +%s)"
  psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $database"
  java -Xms2g -Xmx2g "${profile[@]}" -jar "$jar" --spring.profiles.active=local --server.port="$port" \
       --server.address=127.0.0.1 --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$database" \
       --khata.db.migration.user=postgres --khata.admin.password=bench-admin --logging.level.root=WARN \
       --khata.abuse.new-number-codes-per-business-per-hour=10000000 ${KHATA_BENCH_SERVICE_ARGS:-} > "app/target/bench-cost-$kind.log" 2>&1 &
  service=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
    kill -0 "$service" 2>/dev/null || { tail -50 "app/target/bench-cost-$kind.log"; exit 1; }
    sleep 1
  done
  # warm-up (the JIT), then the measured run on the same warm service
  java -cp "$test_classpath" network.khata.app.load.CostBench "http://127.0.0.1:$port" bench-admin "$kind" 15 "$clients" \
       "$service" app/target/bench-cost-warmup.txt >/dev/null
  if [ "${KHATA_BENCH_STATEMENTS:-}" = 1 ]; then
    psql -q -h 127.0.0.1 -U postgres -d "$database" -c "CREATE EXTENSION IF NOT EXISTS pg_stat_statements" \
         -c "SELECT pg_stat_statements_reset()" >/dev/null
  fi
  java -cp "$test_classpath" network.khata.app.load.CostBench "http://127.0.0.1:$port" bench-admin "$kind" "$seconds" \
       "$clients" "$service" app/target/bench-cost.txt | tee app/target/bench-cost-last.txt
  if [ "${KHATA_BENCH_STATEMENTS:-}" = 1 ]; then
    operations=$(sed -E 's/^[^:]*: ([0-9,]+) operations.*/\1/; s/,//g' app/target/bench-cost-last.txt)
    psql -h 127.0.0.1 -U postgres -d "$database" -P pager=off -c "SELECT round(calls::numeric / $operations, 2) AS calls_per_op,
           round((total_exec_time / $operations)::numeric, 3) AS exec_ms_per_op, round(rows::numeric / $operations, 2) AS rows_per_op,
           left(regexp_replace(query, '\s+', ' ', 'g'), 150) AS statement
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$database'
         ORDER BY total_exec_time DESC LIMIT 40" \
         -c "SELECT round(sum(calls)::numeric / $operations, 1) AS statements_per_op,
           round((sum(total_exec_time) / $operations)::numeric, 3) AS exec_ms_per_op
         FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = '$database'" | tee "app/target/bench-cost-$kind-statements.txt"
  fi
  kill "$service"; wait "$service" 2>/dev/null || true
  if [ -f app/target/bench-cost.jfr ]; then
    mv app/target/bench-cost.jfr "app/target/bench-cost-$kind.jfr"
    python3 scripts/jfr-where.py "app/target/bench-cost-$kind.jfr" | tee "app/target/bench-cost-$kind-where.txt"
  fi
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
done
