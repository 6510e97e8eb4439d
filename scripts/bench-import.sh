#!/usr/bin/env bash
# Importing customers in bulk (issue 26), not part of `mvn verify`: scripts/bench-import.sh [rows, default 100000]
# Starts the service from its jar (profile local, a fresh database on the machine's PostgreSQL, search in PostgreSQL)
# on 127.0.0.1, then runs network.khata.app.load.ImportBench on the same machine: a warm-up import of 5,000 rows, then
# one CSV of that many customers followed until the job says done (every read model current). Result line:
# app/target/bench-import.txt. Stops the service and drops the database.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-100000}
port=${KHATA_BENCH_PORT:-18080}
source scripts/autovacuum-on.sh
service=
stop() { [ -n "$service" ] && kill "$service" 2>/dev/null; restore_autovacuum; }
trap stop EXIT
rm -f app/target/*.jar
source scripts/test-classpath.sh
if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken: stop what listens there" >&2; exit 1; fi
database="khata_import_$(date +%s)"
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $database"
java -Xms2g -Xmx2g -jar app/target/khata-network.jar --spring.profiles.active=local --server.port="$port" \
     --server.address=127.0.0.1 --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$database" \
     --khata.db.migration.user=postgres --khata.admin.password=bench-admin --logging.level.root=WARN \
     > app/target/bench-import.log 2>&1 &
service=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && break
  kill -0 "$service" 2>/dev/null || { tail -50 app/target/bench-import.log; exit 1; }
  sleep 1
done
java -cp "$test_classpath" network.khata.app.load.ImportBench "http://127.0.0.1:$port" bench-admin "$rows" "$service" \
     app/target/bench-import.txt
kill "$service"; wait "$service" 2>/dev/null || true
service=
psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)"
