#!/usr/bin/env bash
# The send-to-customer load test (issue 3): scripts/load-test.sh [requests, default 1000].
# Needs PostgreSQL on 127.0.0.1:5432 like the tests; prints the result and writes app/target/load-test-result.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
mvn -B -q -DskipTests install
mvn -B -q -pl app org.codehaus.mojo:exec-maven-plugin:3.5.0:java -Dexec.classpathScope=test \
    -Dexec.mainClass=network.khata.app.load.SendToCustomerLoad -Dexec.args="${1:-1000} $PWD/app/target/load-test-result.txt" -Dexec.cleanupDaemonThreads=false
