# Sourced by the benchmark scripts: PostgreSQL as production runs it, with autovacuum on, for the length of the run.
# Without autovacuum no table is ever analysed, so a statement whose plan was cached while its table was empty keeps
# that plan (a sequential scan) however large the table grows: on a machine configured with autovacuum = off (the CI
# machine's conf.d does that) customer-search's replay ran at ~100 events/s instead of thousands. The script turns it
# on (ALTER SYSTEM, reload) and puts the machine's own setting back when it ends; it says what it did.
autovacuum_before=$(psql -qAt -h 127.0.0.1 -U postgres -c "SHOW autovacuum")
if [ "$autovacuum_before" != on ]; then
  echo "PostgreSQL runs with autovacuum = $autovacuum_before here: turned on for this benchmark, put back at the end"
  psql -q -h 127.0.0.1 -U postgres -c "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" >/dev/null
fi
restore_autovacuum() {
  if [ "$autovacuum_before" != on ]; then
    psql -q -h 127.0.0.1 -U postgres -c "ALTER SYSTEM RESET autovacuum" -c "SELECT pg_reload_conf()" >/dev/null || true
  fi
}
