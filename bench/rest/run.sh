#!/usr/bin/env bash
# Benchmark of the REST API (/api/v1) on this machine, side by side in one run, against
#  - a plain Apache Jena Fuseki (defaults, TDB2, same data; bench/sparql/PlainFuseki.java) answering the equivalent
#    DESCRIBE (detail) and SELECT (bench/rest/list-subsidies.rq, filtered list), and
#  - nginx serving the very bytes of our detail response as a static file (the ceiling for this box).
# Builds the service, starts the three servers on loopback ports, runs bench/rest/RestBench.java (which reuses the
# client of bench/sparql/Bench.java), prints the figures and stops everything it started.
# Needs Java 17+, the Maven wrapper and nginx (apt-get install -y nginx). Options via environment: OURS_PORT,
# FUSEKI_PORT, NGINX_PORT, and -Dconcurrency -Drounds -Dseconds -DwarmOurs -DwarmFuseki -DwarmNginx -Dlatency
# through BENCH_OPTS.
set -euo pipefail
cd "$(dirname "$0")/../.."
# Ports differ from bench/sparql/run.sh's so both can be started on one machine (but run one at a time: the figures
# are only meaningful on an otherwise idle machine).
OURS_PORT=${OURS_PORT:-18180}
FUSEKI_PORT=${FUSEKI_PORT:-18130}
NGINX_PORT=${NGINX_PORT:-18190}
BASE="http://localhost:${OURS_PORT}/"
DETAIL_PATH=/api/v1/subsidies/wbso
DESCRIBE_IRI="${BASE}id/subsidy/wbso"
LIST_PATH='/api/v1/subsidies?theme=verduurzaming&municipality=GM0344'
command -v nginx >/dev/null || { echo "nginx is missing: apt-get install -y nginx"; exit 1; }
for port in "$OURS_PORT" "$FUSEKI_PORT" "$NGINX_PORT"; do
  if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:${port}/"; then echo "port ${port} is in use"; exit 1; fi
done
WORK=$(mktemp -d)
chmod 755 "$WORK" # nginx workers read the static file
trap 'kill ${OURS_PID:-} ${FUSEKI_PID:-} ${NGINX_PID:-} 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$WORK"' EXIT
trap 'exit 143' INT TERM

./mvnw -q -B -DskipTests package
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
JAR=$(ls target/open-mkb-catalogue-*.jar | grep -v plain | head -1)
javac -d "$WORK/classes" bench/sparql/Bench.java bench/rest/RestBench.java

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
kill -0 "$OURS_PID" "$FUSEKI_PID" || { echo "a server exited"; cat "$WORK"/*.log; exit 1; }
grep "Plain Fuseki" "$WORK/fuseki.log" || true

# nginx: the detail response body, byte for byte, as a static file under the same path; package defaults except
# loopback port, files under $WORK and no access log.
mkdir -p "$WORK/nginx/www$(dirname "$DETAIL_PATH")" "$WORK/nginx/logs"
curl -fsS -H 'Accept: application/hal+json' "http://localhost:${OURS_PORT}${DETAIL_PATH}" -o "$WORK/nginx/www${DETAIL_PATH}"
chmod -R a+rX "$WORK/nginx"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
error_log $WORK/nginx/logs/error.log;
pid $WORK/nginx/nginx.pid;
events { worker_connections 768; }
http {
  sendfile on;
  tcp_nopush on;
  keepalive_timeout 65;
  access_log off;
  client_body_temp_path $WORK/nginx/tmp-body;
  proxy_temp_path $WORK/nginx/tmp-proxy;
  fastcgi_temp_path $WORK/nginx/tmp-fastcgi;
  uwsgi_temp_path $WORK/nginx/tmp-uwsgi;
  scgi_temp_path $WORK/nginx/tmp-scgi;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    root $WORK/nginx/www;
    default_type application/hal+json;
  }
}
CONF
nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' > "$WORK/nginx.log" 2>&1 &
NGINX_PID=$!
for _ in $(seq 1 30); do curl -fsS "http://127.0.0.1:${NGINX_PORT}${DETAIL_PATH}" >/dev/null 2>&1 && break; sleep 0.5; done
kill -0 "$NGINX_PID" || { echo "nginx exited"; cat "$WORK/nginx.log" "$WORK/nginx/logs/error.log"; exit 1; }
echo "load average before the run: $(cut -d' ' -f1-3 /proc/loadavg)"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/{print $2}') GiB; $(java -version 2>&1 | head -1); $(nginx -v 2>&1)"
java ${BENCH_OPTS:-} -cp "$WORK/classes" RestBench "http://localhost:${OURS_PORT}" "http://localhost:${FUSEKI_PORT}/ds/query" \
  "http://127.0.0.1:${NGINX_PORT}" "$BASE" "$DETAIL_PATH" "$DESCRIBE_IRI" "$LIST_PATH" bench/rest/list-subsidies.rq
