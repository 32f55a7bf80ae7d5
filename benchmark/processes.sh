# Sourced by run-local.sh and run-cluster.sh: the JDK they start the shop with, and how they find and stop what
# they started.

# a JDK 21+: JAVA_HOME if it names one, else Temurin's
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
if ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -Eq 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

# The embedded PostgreSQL runs as a daemon of its own (its parent is init): found by its port.
postmaster_on() {
    [[ -n "$1" ]] && pgrep -f "bin/postgres .*-p $1( |$)" | head -1 || true
}

# SIGTERM, up to 30 s to end, then SIGKILL.
stop_process() {
    if kill -0 "$1" 2>/dev/null; then
        kill "$1"
        for _ in $(seq 1 60); do kill -0 "$1" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$1" 2>/dev/null || true
    fi
}

# Its owner stops the embedded PostgreSQL on the way out; should the owner have been killed, it is stopped here.
stop_postmaster() {
    if [[ -n "$1" ]] && kill -0 "$1" 2>/dev/null; then
        sleep 2
        kill "$1" 2>/dev/null || true
    fi
}

# With WARM_RUN set (e.g. "-Dusers=1500 -DsetupRate=50 -Drate=1 -Dduration=5"), the simulation runs once with those
# arguments before the measured run, which then meets warm JVMs: registrations come first in every run, and on a
# cold JVM they measure the JIT. Its log: benchmark/target/warm-run.log.
warm_shop() {
    [[ -n "${WARM_RUN:-}" ]] || return 0
    local benchmark
    benchmark="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    echo "warming the shop: $WARM_RUN"
    # shellcheck disable=SC2086
    mvn -B -q -f "$benchmark/pom.xml" gatling:test -DbaseUrl="$1" $WARM_RUN >"$benchmark/target/warm-run.log" 2>&1 \
        || { echo "the warming run failed, see $benchmark/target/warm-run.log" >&2; return 1; }
}
