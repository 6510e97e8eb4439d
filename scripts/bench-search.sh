#!/usr/bin/env bash
# Search benchmark (issue 10), not part of `mvn verify`:
#   scripts/bench-search.sh [customers, default 1000000] [of them in the searched business, default 150000]
#                           [businesses, default 1000] [measured seconds, default 60] [clients, default 8] [warm-up s, default 30]
# Makes a fresh database on the machine's PostgreSQL (127.0.0.1:5432) and a fresh index on the local Elasticsearch,
# starts the service from its jar (profile local) on 127.0.0.1 to create the schema, loads the labelled corpus's
# customers into both engines through the customer-search projection (network.khata.app.load.SearchBenchLoad), then
# for each engine starts the service with it and runs the load driver network.khata.app.load.SearchBench on the same
# machine: a warm-up, then the measured period. Appends the results to app/target/bench-search-result.txt; stops the
# service and drops the database and the index at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
customers=${1:-1000000}
big=${2:-150000}
businesses=${3:-1000}
seconds=${4:-60}
clients=${5:-8}
warmup=${6:-30}
port=${KHATA_BENCH_PORT:-18081}
es=${KHATA_ES_URL:-http://127.0.0.1:9200}
stamp=$(date +%s)
database="khata_search_bench_$stamp"
index="customers-bench-$stamp"
url="jdbc:postgresql://127.0.0.1:5432/$database"
result=$PWD/app/target/bench-search-result.txt

source scripts/autovacuum-on.sh
rm -f app/target/*.jar   # else a change in another module alone does not repackage the service
mvn -B -q -DskipTests install
bash scripts/elasticsearch.sh start
psql -q -h 127.0.0.1 -U postgres -c "CREATE DATABASE $database"
service=
stop_service() {
  if [ -n "$service" ]; then
    kill "$service" 2>/dev/null || true
    wait "$service" 2>/dev/null || true
    service=
  fi
}
cleanup() {
  stop_service
  psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS $database WITH (FORCE)" || true
  curl -s -X DELETE "$es/$index" >/dev/null || true
  restore_autovacuum
}
trap cleanup EXIT
start_service() {
  java -Xms2g -Xmx2g -jar app/target/khata-network.jar --spring.profiles.active=local --server.port="$port" \
       --server.address=127.0.0.1 --spring.datasource.url="$url" --khata.db.migration.user=postgres \
       --khata.search.engine="$1" --khata.search.elasticsearch.index="$index" --spring.elasticsearch.uris="$es" \
       --logging.level.root=WARN > "app/target/bench-search-service-$1.log" 2>&1 &
  service=$!
  for _ in $(seq 1 120); do
    curl -sf "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null && return 0
    kill -0 "$service" 2>/dev/null || { tail -50 "app/target/bench-search-service-$1.log"; exit 1; }
    sleep 1
  done
  echo "the service did not get ready"; exit 1
}
run_java() {
  mvn -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
      -Dexec.mainClass="$1" -Dexec.cleanupDaemonThreads=false -Dexec.args="$2"
}

start_service postgres
run_java network.khata.app.load.SearchBenchLoad "$url $es $index $customers $big $businesses"
psql -q -h 127.0.0.1 -U postgres -d "$database" -c "VACUUM ANALYZE"
for engine in postgres elasticsearch; do
  [ "$engine" = postgres ] || { stop_service; start_service "$engine"; }
  run_java network.khata.app.load.SearchBench \
      "http://127.0.0.1:$port $engine $warmup $seconds $clients $customers $big $businesses $result"
done
