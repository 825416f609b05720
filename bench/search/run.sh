#!/usr/bin/env bash
# Benchmark of /api/v1/search and /api/v1/referrals on the real curated catalogue: builds the service, starts it on a
# loopback port with a fresh embedded store, waits until it is ready, runs bench/search/SearchBench.java (20 clients
# by default) and stops the service. Needs Java 17+ and the Maven wrapper. Options via environment: PORT, and
# -Dconcurrency -Dseconds -Dwarmup through BENCH_OPTS. Report: docs/benchmarks/search.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18280}
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:${PORT}/"; then echo "port ${PORT} is in use"; exit 1; fi
WORK=$(mktemp -d)
trap 'kill ${PID:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM

./mvnw -q -B -DskipTests package
JAR=$(ls target/open-mkb-catalogue-*.jar | grep -v plain | head -1)
java -jar "$JAR" --server.port="$PORT" --catalogue.base-uri="http://localhost:${PORT}/" \
  --catalogue.store.embedded.directory="$WORK/store" --logging.level.root=WARN > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 180); do
  curl -fsS "http://localhost:${PORT}/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://localhost:${PORT}/actuator/health/readiness" >/dev/null || { echo "not ready"; cat "$WORK/service.log"; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
# shellcheck disable=SC2086
java ${BENCH_OPTS:-} bench/search/SearchBench.java "http://localhost:${PORT}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
