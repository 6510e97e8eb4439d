#!/usr/bin/env bash
# Crashes, counted at the providers (issue 21): scripts/chaos.sh [kill-once|chaos]  (default: both, kill-once first)
#   kill-once  200 invoices sent (SMS + email) at once; the service is killed with SIGKILL once while delivering them
#   chaos      8 clients register, invoice and send without pause while the service is killed 20 s after each start,
#              for 3 minutes and at least 7 times
# Needs PostgreSQL on 127.0.0.1:5432 like the tests; not part of mvn verify. The service runs as a child process on a
# fresh database; MSG91 and SendGrid stand-ins run in the driver on 127.0.0.1. Results: app/target/chaos-<mode>.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
source scripts/test-classpath.sh
for mode in ${1:-kill-once chaos}; do
  java -cp "$test_classpath" network.khata.app.load.ChaosRun "$mode" "$PWD/app/target/chaos-$mode.txt"
done
