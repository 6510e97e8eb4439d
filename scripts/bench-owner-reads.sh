#!/usr/bin/env bash
# The owner's reads at scale (issue 25): scripts/bench-owner-reads.sh [invoices, default 100000]
# Fills a fresh database on 127.0.0.1:5432 with a business of that many invoices (1,000 customers) beside 99 smaller
# ones, then times the invoice list (first page, a deep page, filters, sorts) and a customer's ledger as the service's
# role under row-level security (p50/p95 of 200 calls after 20 warm-up calls). Result: app/target/owner-reads-bench.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/autovacuum-on.sh
trap restore_autovacuum EXIT
source scripts/test-classpath.sh
java -cp "$test_classpath" network.khata.app.load.OwnerReadsBench "${1:-100000}" "$PWD/app/target/owner-reads-bench.txt"
