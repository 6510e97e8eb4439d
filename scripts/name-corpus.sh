#!/usr/bin/env bash
# Writes the labelled Indian-name corpus (issue 10) to look at: scripts/name-corpus.sh [directory, default
# app/target/name-corpus] [customers, default 3000] [queries, default 400] [seed, default 20261126].
# The defaults are what the search recall test (SearchRecallContract) uses; nothing is downloaded.
set -euo pipefail
cd "$(dirname "$0")/.."
directory=${1:-$PWD/app/target/name-corpus}
customers=${2:-3000}
queries=${3:-400}
seed=${4:-20261126}
mvn -B -q -DskipTests -pl test-support -am install
mvn -B -q -pl test-support org.codehaus.mojo:exec-maven-plugin:3.5.0:java \
    -Dexec.mainClass=network.khata.testsupport.names.WriteNameCorpus -Dexec.args="$directory $seed $customers $queries"
