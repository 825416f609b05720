#!/usr/bin/env bash
# Benchmark of /api/v1/search and /api/v1/referrals on the real curated catalogue: builds the service, starts it on a
# loopback port with a fresh embedded store (JVM defaults, as `java -jar` and `./mvnw spring-boot:run` give), waits
# until it is ready, loads it with 20 closed-loop clients and stops it. Report: docs/benchmarks/search.md.
#
# Load client: wrk (Debian package `wrk`, installed with apt-get when missing and allowed) with bench/search/urls.lua,
# one connection per client, each sending its next request when the previous answer is in; it costs the two cores
# far less than a JVM client. BENCH_CLIENT=java uses bench/search/SearchBench.java instead (same URLs, JDK client).
#
# Environment: PORT (18280), CONCURRENCY (20), DURATION (30 s per scenario), WARMUP (10 per endpoint), BENCH_CLIENT
# (wrk | java), JAR (a built service jar; default: build this tree), JVM_OPTS (default: none).
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-18280}
CONCURRENCY=${CONCURRENCY:-20}
SECONDS_PER_SCENARIO=${DURATION:-30}
WARMUP=${WARMUP:-10}
CLIENT=${BENCH_CLIENT:-wrk}
if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:${PORT}/"; then echo "port ${PORT} is in use"; exit 1; fi

if [ "$CLIENT" = wrk ] && ! command -v wrk >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y -q wrk >/dev/null || true
  elif command -v sudo >/dev/null; then sudo apt-get install -y -q wrk >/dev/null || true; fi
  command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk); using BENCH_CLIENT=java"; CLIENT=java; }
fi

WORK=$(mktemp -d)
trap 'kill ${PID:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM

if [ -z "${JAR:-}" ]; then
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/open-mkb-catalogue-*.jar | grep -v plain | head -1)
fi
# No JVM options by default: the service runs as `java -jar` and `./mvnw spring-boot:run` start it (JVM defaults).
JVM_OPTS=${JVM_OPTS:-}
# shellcheck disable=SC2086
java $JVM_OPTS -jar "$JAR" --server.port="$PORT" --catalogue.base-uri="http://localhost:${PORT}/" \
  --catalogue.store.embedded.directory="$WORK/store" --logging.level.root=WARN > "$WORK/service.log" 2>&1 &
PID=$!
for _ in $(seq 1 180); do
  curl -fsS "http://localhost:${PORT}/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fsS "http://localhost:${PORT}/actuator/health/readiness" >/dev/null || { echo "not ready"; cat "$WORK/service.log"; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "service: $JAR, JVM options: ${JVM_OPTS:-(none)}; client: $CLIENT"
if [ "$CLIENT" = java ]; then
  java -Dconcurrency="$CONCURRENCY" -Dseconds="$SECONDS_PER_SCENARIO" -Dwarmup="$WARMUP" \
    bench/search/SearchBench.java "http://localhost:${PORT}"
else
  # wrk: -t2 threads (one per core) sharing the connections; every scenario starts its unique counter elsewhere
  # (OFFSET), so no URL is ever sent twice outside the repeat scenarios.
  THREADS=2
  TICKS=$(getconf CLK_TCK)
  cpu() { awk '{print $14 + $15}' "/proc/$PID/stat"; } # the service's CPU time (all its threads, GC and JIT too)
  wrk_run() { # scenario, seconds, offset; adds the service's CPU milliseconds per request, which the load on the
    # machine disturbs much less than latency
    local before line
    before=$(cpu)
    line=$(SCENARIO=$1 THREADS=$THREADS OFFSET=$3 wrk -t"$THREADS" -c"$CONCURRENCY" -d"$2"s --timeout 30s \
      -s bench/search/urls.lua "http://localhost:${PORT}" | tail -1)
    echo "$line $(awk -v t="$(( $(cpu) - before ))" -v hz="$TICKS" -v n="$(echo "$line" | awk '{print $2}')" \
      'BEGIN { printf("%8.2f", (n > 0 ? t * 1000 / hz / n : 0)) }')"
  }
  echo "$CONCURRENCY clients, $SECONDS_PER_SCENARIO s per scenario after $WARMUP s warm-up, against http://localhost:${PORT}"
  printf "%-16s %8s %6s %8s %8s %8s %8s %8s %8s\n" scenario requests errors req/s "p50 ms" "p95 ms" "p99 ms" "max ms" \
    "cpu ms"
  wrk_run search "$WARMUP" 0 >/dev/null
  wrk_run referral "$WARMUP" 0 >/dev/null
  wrk_run search "$SECONDS_PER_SCENARIO" 300000
  wrk_run referral "$SECONDS_PER_SCENARIO" 300000
  wrk_run search-repeat "$SECONDS_PER_SCENARIO" 0
  wrk_run referral-repeat "$SECONDS_PER_SCENARIO" 0
fi
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
