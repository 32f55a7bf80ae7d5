#!/usr/bin/env bash
# Runs the Gatling load test against the cluster on this machine: Axon Server, one PostgreSQL with a database per
# service, the four services each in its own JVM with the chart's settings, and the entry that routes as the
# Ingress does (cluster-tests' ClusterOnThisMachine). Waits until all are ready, runs the simulation, stops them.
#
#   AXONSERVER_JAR=/path/to/axonserver.jar benchmark/run-cluster.sh [-Drate=10] [-Dduration=60] [...]
#
# Build first, once: mvn -B -DskipTests install (the services' executable jars and cluster-tests' classes).
# Like run-local.sh it leaves benchmark/target/{cpu.csv,benchmark-orders.csv,benchmark-summary.txt}: cpu.csv has
# the four services (shop), PostgreSQL, Axon Server and the entry in columns of their own; threads-<service>.txt
# the CPU of each service's threads. The cluster's logs are in benchmark/target/cluster/.
# WARM_RUN: arguments of a first run of the simulation, not measured (see processes.sh).
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# shellcheck source=benchmark/processes.sh
source "$here/processes.sh"
[[ -n "${AXONSERVER_JAR:-}" ]] || { echo "AXONSERVER_JAR must name an Axon Server jar" >&2; exit 2; }
classes="$root/cluster-tests/target/test-classes"
[[ -f "$classes/shop/cluster/ClusterOnThisMachine.class" ]] \
    || { echo "no $classes: build first (mvn -B -DskipTests install)" >&2; exit 2; }

mkdir -p "$here/target"
work="$here/target/cluster"
# a cluster stopped short leaves its PostgreSQL's data behind, where the next one would make its own
rm -rf "$work"
log="$here/target/cluster.log"
# emptied here, not by the redirect below: that one runs in the background, after the wait below may have read the
# last run's "ready" from it
: >"$log"
classpath="$root/cluster-tests/target/test-classpath.txt"
# in the reactor, which knows the modules that are never installed (postman)
(cd "$root" && mvn -B -q -pl cluster-tests -am dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt >/dev/null)

# helm-java renders the chart through a native library, offline
KUBECONFIG=/dev/null HELM_CACHE_HOME="$work/helm/cache" HELM_CONFIG_HOME="$work/helm/config" \
    HELM_DATA_HOME="$work/helm/data" "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED \
    -Dshop.root="$root" -Dshop.work="$work" -cp "$classes:$(cat "$classpath")" shop.cluster.ClusterOnThisMachine \
    >"$log" 2>&1 &
cluster=$!
stop_cluster() {
    local pids
    pids="$(pgrep -P "$cluster" || true)"
    stop_process "$cluster"
    # shellcheck disable=SC2086
    [[ -z "$pids" ]] || kill -9 $pids 2>/dev/null || true
    stop_postmaster "${postmaster:-}"
}
trap stop_cluster EXIT

echo "cluster (pid $cluster) starting, log: $log"
url=""
for i in $(seq 1 600); do
    url="$(grep -aoE 'the shop is ready at http://[0-9.:]+' "$log" | grep -oE 'http://[0-9.:]+' || true)"
    [[ -z "$url" ]] || { echo "cluster ready at $url after ${i}s"; break; }
    kill -0 "$cluster" 2>/dev/null || { echo "the cluster did not start, see $log" >&2; tail -30 "$log" >&2; exit 1; }
    sleep 1
    [[ $i -lt 600 ]] || { echo "the cluster was not ready after 600 s" >&2; exit 1; }
done

warm_shop "$url"

pg_port="$(grep -aoE 'postgres at localhost:[0-9]+' "$log" | grep -oE '[0-9]+$')"
postmaster="$(postmaster_on "$pg_port")"
axonserver="$(pgrep -P "$cluster" -f axonserver | head -1 || true)"
services="$(pgrep -P "$cluster" | grep -vx "$axonserver" | paste -sd, -)"
/usr/bin/python3 "$here/sample_cpu.py" "$cluster" "$pg_port" "shop=$services" "postgres=$postmaster" \
    "axonserver=$axonserver" "entry=$cluster" >"$here/target/cpu.csv" &

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
status=0
mvn -B -q -f "$here/pom.xml" gatling:test -DbaseUrl="$url" "$@" || status=$?
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
for service in ${services//,/ }; do
    name="$(tr '\0' ' ' <"/proc/$service/cmdline" | grep -oE '[a-z]+-service' | head -1 || echo "$service")"
    "$JAVA_HOME/bin/jcmd" "$service" Thread.print 2>/dev/null | /usr/bin/python3 "$here/threads.py" \
        >"$here/target/threads-$name.txt" || true
done
exit $status
