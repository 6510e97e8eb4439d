#!/usr/bin/env bash
# The event store's append rate on this machine (issue 29, the capacity model's anchor), not part of `mvn verify`:
#   scripts/bench-append.sh [seconds per row, default 20] [threads ..., default 1 4 8 16]
# Axon's JDBC storage engine appends one registration's event per transaction from each number of threads into a fresh
# database on 127.0.0.1:5432 (autovacuum on for the run); events/s and PostgreSQL's CPU per event.
# Result: app/target/append-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
source scripts/test-classpath.sh
seconds=${1:-20}
shift || true
java -cp "$test_classpath" network.khata.app.load.AppendBench "$seconds" "$PWD/app/target/append-bench.txt" "$@"
