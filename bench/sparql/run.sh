#!/usr/bin/env bash
# Benchmark of the SPARQL endpoint against a plain Apache Jena Fuseki serving the same data, on this machine.
# Builds the service, starts it (embedded TDB2, curated data) and a plain Fuseki (TDB2, same data in the default
# graph), runs bench/sparql/Bench.java over the example queries, prints a Markdown table and stops both servers.
# Needs only Java 17+ and the Maven wrapper. Options via environment: OURS_PORT, FUSEKI_PORT, QUERIES, and Bench's
# -Dconcurrency -Drounds -Dseconds -DfirstTime -DwarmUp through BENCH_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
OURS_PORT=${OURS_PORT:-18080}
FUSEKI_PORT=${FUSEKI_PORT:-18030}
BASE="http://localhost:${OURS_PORT}/"
WORK=$(mktemp -d)
trap 'kill ${OURS_PID:-} ${FUSEKI_PID:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JAR=$(ls target/open-mkb-catalogue-*.jar | grep -v plain | head -1)

java -jar "$JAR" --server.port="$OURS_PORT" --catalogue.base-uri="$BASE" \
  --catalogue.store.embedded.directory="$WORK/ours" --logging.level.root=WARN > "$WORK/ours.log" 2>&1 &
OURS_PID=$!
java -cp "$(cat "$WORK/cp.txt")" bench/sparql/PlainFuseki.java "$FUSEKI_PORT" "$BASE" "$WORK/fuseki" . \
  > "$WORK/fuseki.log" 2>&1 &
FUSEKI_PID=$!

for url in "http://localhost:${OURS_PORT}/actuator/health/readiness" "http://localhost:${FUSEKI_PORT}/ds/query?query=ASK%7B%7D"; do
  for _ in $(seq 1 180); do
    curl -fsS "$url" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fsS "$url" >/dev/null || { echo "not ready: $url"; cat "$WORK"/*.log; exit 1; }
done
grep "Plain Fuseki" "$WORK/fuseki.log" || true

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1)"
EXAMPLES=src/main/resources/sparql/examples
# QUERIES: example file names to run (space-separated), default the four below.
read -r -a NAMES <<< "${QUERIES:-1-subsidies-per-theme 2-providers-serving-a-municipality 3-regulations-behind-a-scheme 5-describe-a-scheme}"
FILES=()
for name in "${NAMES[@]}"; do FILES+=("$EXAMPLES/$name.rq"); done
java ${BENCH_OPTS:-} bench/sparql/Bench.java "http://localhost:${OURS_PORT}/sparql" "http://localhost:${FUSEKI_PORT}/ds/query" "$BASE" \
  "${FILES[@]}"
