#!/usr/bin/env bash
# The audit trail at scale (issue 22): scripts/bench-audit.sh [events, default 1000000]
# Fills a fresh database on 127.0.0.1:5432 with that many events of 1,000 businesses, then times the audit query for a
# business with events and one with none (p50/p95 of 200 calls after 20 warm-up calls) and prints its plan.
# Result: app/target/audit-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
source scripts/test-classpath.sh
java -cp "$test_classpath" network.khata.app.load.AuditBench "${1:-1000000}" "$PWD/app/target/audit-bench.txt"
