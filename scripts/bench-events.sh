#!/usr/bin/env bash
# Event processing benchmark (issue 15), not part of `mvn verify`:
#   scripts/bench-events.sh [warm-up seconds, default 30] [measured seconds, default 120] [client connections, default 32]
# Starts the service from its jar (profile local, a fresh database on the machine's PostgreSQL at 127.0.0.1:5432, search
# in PostgreSQL, SMS and email to the local outboxes) on 127.0.0.1, then runs the load driver
# network.khata.app.load.EventProcessingBench on the same machine: auto-register at the highest rate the service takes,
# a write->visible probe every second, catch-up time, and a timed replay of every read-model group.
# Prints the result and writes app/target/bench-events-result.txt; stops the service and drops the database at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-30}
seconds=${2:-120}
clients=${3:-32}
port=${KHATA_BENCH_PORT:-18080}
database="khata_bench_$(date +%s)"
url="jdbc:postgresql://127.0.0.1:5432/$database"

source scripts/autovacuum-on.sh
rm -f app/target/*.jar   # else a change in another module alone does not repackage the service
mvn -B -q -DskipTests install
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $database"
java -Xms2g -Xmx2g -jar app/target/khata-network.jar --spring.profiles.active=local --server.port="$port" \
     --server.address=127.0.0.1 --spring.datasource.url="$url" --khata.db.migration.user=postgres \
     --khata.admin.password=bench-admin --logging.level.root=WARN \
     --khata.abuse.new-number-codes-per-business-per-hour=10000000 ${KHATA_BENCH_SERVICE_ARGS:-} > app/target/bench-events-service.log 2>&1 &
service=$!
cleanup() {
  kill "$service" 2>/dev/null || true
  wait "$service" 2>/dev/null || true
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  restore_autovacuum
}
trap cleanup EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { tail -50 app/target/bench-events-service.log; exit 1; }
  sleep 1
done
mvn -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=network.khata.app.load.EventProcessingBench -Dexec.cleanupDaemonThreads=false \
    -Dexec.args="http://127.0.0.1:$port $url bench-admin $warmup $seconds $clients $PWD/app/target/bench-events-result.txt"
