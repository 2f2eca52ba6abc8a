#!/usr/bin/env bash
# The local stack: builds everything, then runs the standalone collector (port 8080) with the project's own plan
# (its bundle, generated-examples/target/generated-examples-<version>-eventplan.jar, as EVENTPLAN_PLAN_BUNDLE: the
# same road a team's plan takes) and an embedded PostgreSQL 17 whose data persists in ./.eventplan/, accepting the
# write key demo-write-key and serving the demo login page at /
# (login-frontend/target/site, with POST /demo/login on the same origin). Ctrl-C stops both.
# It also serves the report at /report with the report key demo-report-key.
# Needs a JDK 17+ and Node.js 20+ (npm builds login-frontend). Environment overrides: EVENTPLAN_PORT,
# EVENTPLAN_WRITE_KEYS, EVENTPLAN_REPORT_KEYS, and the rest in docs/collector.md (EVENTPLAN_DB_URL for an external PostgreSQL).
set -euo pipefail
cd "$(dirname "$0")"

export EVENTPLAN_PORT="${EVENTPLAN_PORT:-8080}"
export EVENTPLAN_WRITE_KEYS="${EVENTPLAN_WRITE_KEYS:-demo-write-key}"
write_key="${EVENTPLAN_WRITE_KEYS%%,*}"
export EVENTPLAN_DEMO_SITE="${EVENTPLAN_DEMO_SITE:-login-frontend/target/site}"
# the report at /report (personal data: HTTP Basic, any user name, a report key as the password)
export EVENTPLAN_REPORT_KEYS="${EVENTPLAN_REPORT_KEYS:-demo-report-key}"
report_key="${EVENTPLAN_REPORT_KEYS%%,*}"
# the page's own origin: browsers send Origin with same-origin POSTs too
export EVENTPLAN_ALLOWED_ORIGINS="${EVENTPLAN_ALLOWED_ORIGINS:-http://localhost:${EVENTPLAN_PORT},http://127.0.0.1:${EVENTPLAN_PORT}}"

echo "eventplan: building (./mvnw install, tests skipped)..."
./mvnw -B -q install -DskipTests -Dinvoker.skip
jar=$(ls collector/target/eventplan-collector-*-all.jar)
EVENTPLAN_PLAN_BUNDLE="${EVENTPLAN_PLAN_BUNDLE:-$(ls generated-examples/target/generated-examples-*-eventplan.jar)}"
export EVENTPLAN_PLAN_BUNDLE

url="http://localhost:${EVENTPLAN_PORT}"
# Prints where to send once ready (PostgreSQL up, warehouse changelog applied; the first start unpacks PostgreSQL),
# while the collector itself runs in the foreground below, so Ctrl-C reaches it directly. $$ becomes the collector.
(
  until (exec 3<>"/dev/tcp/localhost/${EVENTPLAN_PORT}" && printf 'GET /health/ready HTTP/1.0\r\n\r\n' >&3 \
      && head -n 1 <&3 | grep -q ' 200') 2>/dev/null; do
    kill -0 $$ 2>/dev/null || exit 0
    sleep 0.5
  done
  cat <<BANNER

eventplan collector ready
  login page: ${url}/  (demo user: ada@example.com, password: demo-password)
  URL:       ${url}
  write key: ${write_key}
  try:       curl -u ${write_key}: -H 'Content-Type: application/json' ${url}/v1/track \\
               -d '{"type":"track","event":"Logged In","userId":"u-1","properties":{"type":"password"},"context":{"page":{"url":"https://app.example.com/login"}}}'
  report:    ${url}/report  (user: report, password: ${report_key}; see docs/reports.md)
  the rows:  events and logged_in in PostgreSQL (see docs/collector.md); Ctrl-C stops the collector

BANNER
) &
exec java -jar "$jar"
