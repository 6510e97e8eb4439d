#!/usr/bin/env bash
# The API journey (issue 24): starts the service as the README's quick start does (profile local, embedded
# PostgreSQL, here on its own ports and a fresh data folder), walks every operation of the API document it publishes
# as owner, customer, core ledger, operator and providers (network.khata.app.contract.ApiJourney), judges every answer
# against that document with the validator the test suite uses, and stops the service. Exits non-zero on any
# violation or any operation not made. The same walk runs inside mvn verify (ApiJourneyHttpTest).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/test-classpath.sh
port=${KHATA_JOURNEY_PORT:-18080}
work=$(mktemp -d)
java -jar app/target/khata-network.jar --spring.profiles.active=local --server.port="$port" \
  --khata.public-url="http://localhost:$port" --khata.embedded-postgres.port=$((port + 1)) \
  --khata.embedded-postgres.data-dir="$work/postgres" > "$work/khata.log" 2>&1 &
service=$!
trap 'kill $service 2>/dev/null; wait $service 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -sf "localhost:$port/actuator/health/readiness" >/dev/null && break
  kill -0 $service 2>/dev/null || { tail -30 "$work/khata.log"; exit 1; }
  sleep 1
done
java -cp "$test_classpath" network.khata.app.contract.ApiJourney "http://127.0.0.1:$port" "$work/khata.log" \
  local-admin-password local-development-service-jwt-secret-not-for-production
