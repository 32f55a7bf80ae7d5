#!/usr/bin/env bash
# Runs the Gatling load test against the local shop: starts the fat jar (the whole shop in one JVM, with its own
# embedded PostgreSQL) on a free port, waits until it is ready, runs the simulation, and stops the shop.
#
#   benchmark/run-local.sh [-Drate=300] [-Dduration=60] [-Dusers=1000] [...]     any -D goes to the simulation
#
# Environment:
#   SHOP_JAR        the jar to run (default: local-launcher/target/local-shop.jar; copy it if others rebuild it)
#   SHOP_ARGS       more arguments for the shop, e.g. "--axon.eventhandling.processors.OrderSagaProcessor.batch-size=50"
#   SHOP_JAVA_OPTS  JVM options for the shop, e.g. "-XX:StartFlightRecording=duration=60s,filename=/tmp/shop.jfr"
#   WARM_RUN        arguments of a first run of the simulation, not measured (see processes.sh)
#   JAVA_HOME       a JDK 21+ (default: /usr/lib/jvm/temurin-25-jdk-amd64)
# The shop's log goes to benchmark/target/local-shop.log; Gatling's report to benchmark/target/gatling/.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=benchmark/processes.sh
source "$here/processes.sh"
jar="${SHOP_JAR:-$root/local-launcher/target/local-shop.jar}"
[[ -f "$jar" ]] || { echo "no shop jar at $jar: build local-launcher first, or set SHOP_JAR" >&2; exit 2; }

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
mkdir -p "$here/target"
log="$here/target/local-shop.log"

# shellcheck disable=SC2086
"$JAVA_HOME/bin/java" ${SHOP_JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 \
    ${SHOP_ARGS:-} >"$log" 2>&1 &
shop=$!
stop_shop() {
    stop_process "$shop"
    stop_postmaster "${postmaster:-}"
}
trap stop_shop EXIT

echo "shop (pid $shop) starting on 127.0.0.1:$port, log: $log"
for i in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then
        echo "shop ready after ${i}s"
        break
    fi
    kill -0 "$shop" 2>/dev/null || { echo "the shop died, see $log" >&2; tail -20 "$log" >&2; exit 1; }
    sleep 1
    [[ $i -lt 180 ]] || { echo "the shop was not ready after 180 s" >&2; exit 1; }
done

warm_shop "http://127.0.0.1:$port"

# every second: the CPU time of the shop's JVM, of its embedded PostgreSQL and of the whole machine, and the
# transactions PostgreSQL committed
pg_port="$(grep -aoE 'jdbc:postgresql://localhost:[0-9]+' "$log" | head -1 | grep -oE '[0-9]+$' || true)"
postmaster="$(postmaster_on "$pg_port")"
/usr/bin/python3 "$here/sample_cpu.py" "$shop" "$pg_port" "shop=$shop" "postgres=$postmaster" >"$here/target/cpu.csv" &

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
mvn -B -q -f "$here/pom.xml" gatling:test -DbaseUrl="http://127.0.0.1:$port" "$@" || status=$?
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
# the CPU time of each of the shop's threads so far, to tell which part of the shop an order's cost is spent in
"$JAVA_HOME/bin/jcmd" "$shop" Thread.print 2>/dev/null | /usr/bin/python3 "$here/threads.py" >"$here/target/threads.txt" || true
exit $status
