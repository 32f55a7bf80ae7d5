#!/usr/bin/env bash
# Measures two builds of the shop in one sitting, alternating A B A B, because this machine is shared and an
# absolute figure drifts by 2 times from run to run; only the ratio between neighbouring runs means much.
#
#   benchmark/compare.sh A.jar B.jar [-Drate=10] [-Dduration=40] [...]     any -D goes to the simulation
#
# ROUNDS (default 2) pairs are run; WARM_UP (default 10) seconds of each run are left out of its figures.
# SHOP_ARGS_A / SHOP_ARGS_B give either side arguments of its own (the same jar twice then compares settings).
# A side named `cluster` is the cluster on this machine (run-cluster.sh, which needs AXONSERVER_JAR) instead of a jar;
# `cluster:DIR` is the cluster of another checkout, built there (git worktree add DIR REV; mvn -DskipTests package),
# so that a change to the services can be measured against the commit before it.
# Each run's files are kept in benchmark/target/compare/<n>-<A|B>/ (threads.txt: the CPU of each of the shop's
# threads), and its line of figures (benchmark/cost.py) is printed at the end.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
[[ $# -ge 2 ]] || { sed -n '2,10p' "$0" >&2; exit 2; }
a="$1"; b="$2"; shift 2
out="$here/target/compare"
rm -rf "$out"; mkdir -p "$out"
for round in $(seq 1 "${ROUNDS:-2}"); do
    for side in A B; do
        if [[ $side == A ]]; then jar="$a"; args="${SHOP_ARGS_A:-}"; else jar="$b"; args="${SHOP_ARGS_B:-}"; fi
        run="$out/$round-$side"
        echo "== run $round-$side: $jar $args (load average $(cut -d' ' -f1-3 /proc/loadavg))"
        status=0
        # a run that fails early must not leave the figures of the run before it to be copied as its own
        bench="$here"
        [[ $jar != cluster:* ]] || bench="$(cd "${jar#cluster:}/benchmark" && pwd)"
        rm -f "$bench"/target/{benchmark-summary.txt,benchmark-orders.csv,cpu.csv} "$bench"/target/threads*.txt
        if [[ $jar == cluster || $jar == cluster:* ]]; then
            "$bench/run-cluster.sh" "$@" >"$out/$round-$side.log" 2>&1 || status=$?
        else
            SHOP_JAR="$jar" SHOP_ARGS="$args" "$here/run-local.sh" "$@" >"$out/$round-$side.log" 2>&1 || status=$?
        fi
        mkdir -p "$run"
        cp "$bench"/target/{benchmark-summary.txt,benchmark-orders.csv,cpu.csv,threads*.txt} "$run/" 2>/dev/null || true
        echo "$round-$side: $(/usr/bin/python3 "$here/cost.py" "$run" "${WARM_UP:-10}" 2>&1 | tail -1)$([[ $status -eq 0 ]] || echo " | FAILED ($status)")" \
            | tee -a "$out/table.txt"
    done
done
echo; echo "A = $a ${SHOP_ARGS_A:-}"; echo "B = $b ${SHOP_ARGS_B:-}"; cat "$out/table.txt"
