#!/usr/bin/env bash
# Runs a real Elasticsearch (the 8.11.0 integ-test distribution from Maven Central) on this machine, no Docker.
#   scripts/elasticsearch.sh start   fetch (through Maven), unpack, start on 127.0.0.1:$KHATA_ES_PORT and wait for it
#   scripts/elasticsearch.sh stop    stop the node started here
#   scripts/elasticsearch.sh status  exit 0 when the node answers
# Elasticsearch refuses to run as root, so a root caller runs it as the user $KHATA_ES_USER (created when missing).
set -euo pipefail

ES_VERSION=8.11.0
PORT=${KHATA_ES_PORT:-9200}
ES_USER=${KHATA_ES_USER:-khata-es}
BASE=${KHATA_ES_DIR:-/var/tmp/khata-elasticsearch}
HOME_DIR="$BASE/elasticsearch-$ES_VERSION"
URL="http://127.0.0.1:$PORT"
export ES_JAVA_HOME=${ES_JAVA_HOME:-${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}}
export ES_JAVA_OPTS=${ES_JAVA_OPTS:--Xms512m -Xmx512m}

answers() { curl -fsS -m 2 "$URL/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; }

install() {
  [ -x "$HOME_DIR/bin/elasticsearch" ] && return
  mkdir -p "$BASE"
  mvn -B -q dependency:copy -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
      -DoutputDirectory="$BASE" >/dev/null
  (cd "$BASE" && unzip -q -o "elasticsearch-$ES_VERSION.zip" && rm -f "elasticsearch-$ES_VERSION.zip")
}

as_es_user() {
  if [ "$(id -u)" -eq 0 ]; then
    id -u "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
    chown -R "$ES_USER" "$BASE"
    runuser -u "$ES_USER" -- env ES_JAVA_HOME="$ES_JAVA_HOME" ES_JAVA_OPTS="$ES_JAVA_OPTS" "$@"
  else
    "$@"
  fi
}

start() {
  if answers; then echo "elasticsearch already answers at $URL"; return; fi
  install
  as_es_user "$HOME_DIR/bin/elasticsearch" -d -p "$HOME_DIR/es.pid" \
    -Ediscovery.type=single-node -Expack.security.enabled=false \
    -Enetwork.host=127.0.0.1 -Ehttp.port="$PORT" -Ecluster.name=khata-local \
    -Epath.data="$HOME_DIR/data" -Epath.logs="$HOME_DIR/logs" </dev/null >"$BASE/start.log" 2>&1
  for _ in $(seq 1 180); do
    if answers; then echo "elasticsearch $ES_VERSION answers at $URL"; return; fi
    sleep 1
  done
  echo "elasticsearch did not answer at $URL within 180 s; see $HOME_DIR/logs and $BASE/start.log" >&2
  tail -n 40 "$BASE/start.log" "$HOME_DIR"/logs/*.log 2>/dev/null >&2 || true
  exit 1
}

stop() {
  [ -f "$HOME_DIR/es.pid" ] || { echo "no elasticsearch started here"; return; }
  kill "$(cat "$HOME_DIR/es.pid")" 2>/dev/null || true
  for _ in $(seq 1 30); do answers || { echo "stopped"; return; }; sleep 1; done
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) answers ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
