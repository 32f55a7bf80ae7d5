#!/usr/bin/python3
"""One line of figures for one benchmark run: the cost and latency of the orders placed after the warm-up.

    /usr/bin/python3 benchmark/cost.py [benchmark/target] [warm-up seconds, default 10]

Reads benchmark-orders.csv (the simulation's) and cpu.csv (sample_cpu.py's, from run-local.sh or run-cluster.sh).
The window starts `warm-up` seconds after the first order and ends with the last order sent; CPU per order is the
CPU time the shop's JVMs and its PostgreSQL spent in the window over the orders decided in it, and of the shop's the
parts its JIT compiler threads and Tomcat's threads took, when cpu.csv has them; commits and (locally) table scans
per order likewise. The cores busy beside the shop's groups are the load generator's (Gatling runs on the same
machine) and any other process's.
"""
import csv
import math
import os
import sys

TICKS_PER_S = os.sysconf("SC_CLK_TCK")
# columns of sample_cpu.py that are parts of the shop's CPU, not groups beside it, with the names printed for them
PARTS_OF_SHOP = {"jit_ticks": "JIT", "tomcat_ticks": "Tomcat"}


def pct(values, p):
    values = sorted(values)
    return values[max(0, min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1))] if values else float("nan")


def ticks_at(cpu, t_ms, column):
    before = [row for row in cpu if int(row["epoch_ms"]) <= t_ms]
    return int(before[-1][column]) if before else int(cpu[0][column])


def ms_per_order(cpu, start, end, column, decided):
    """The CPU of one column of cpu.csv between two instants, in ms per order decided between them."""
    spent = ticks_at(cpu, end, column) - ticks_at(cpu, start, column)
    return 1000 * spent / TICKS_PER_S / max(1, decided)


def count_per_order(cpu, column, start, end, decided, samplers_own_per_s=0):
    """A count of PostgreSQL's between two instants per order decided between them; None when cpu.csv has none."""
    counted = [row for row in cpu if row.get(column)]
    if not counted:
        return None

    def count_at(t_ms):
        before = [row for row in counted if int(row["epoch_ms"]) <= t_ms]
        return int((before or counted)[-1][column])
    spent = count_at(end) - count_at(start) - samplers_own_per_s * (end - start) / 1000
    return spent / max(1, decided)


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "benchmark/target"
    warm_up_ms = 1000 * float(sys.argv[2] if len(sys.argv) > 2 else 10)
    with open(os.path.join(folder, "benchmark-orders.csv")) as f:
        orders = list(csv.DictReader(f))
    with open(os.path.join(folder, "cpu.csv")) as f:
        cpu = list(csv.DictReader(f))
    start = min(int(o["sent_at_ms"]) for o in orders) + warm_up_ms
    end = max(int(o["sent_at_ms"]) for o in orders)
    placed = [o for o in orders if start <= int(o["sent_at_ms"]) <= end]
    decided = [o for o in orders if o["decided_at_ms"] and start <= int(o["decided_at_ms"]) <= end]
    seconds = (end - start) / 1000
    latency = [int(o["latency_ms"]) for o in placed if o["latency_ms"]]
    inline = sum(1 for o in placed if o["http_status"] == "201")

    def cpu_ms(column):
        return ms_per_order(cpu, start, end, column, len(decided))

    busy = ticks_at(cpu, end, "machine_busy_ticks") - ticks_at(cpu, start, "machine_busy_ticks")
    total = ticks_at(cpu, end, "machine_total_ticks") - ticks_at(cpu, start, "machine_total_ticks")
    # less the sampler's own query, one a second
    per_order = count_per_order(cpu, "postgres_commits", start, end, len(decided), samplers_own_per_s=1)
    counts = f" | commits/order {per_order:.1f}" if per_order is not None else ""
    # the tables' scans are counted in the database the sampler connects to: the local shop's, not the cluster's
    per_order = count_per_order(cpu, "postgres_scans", start, end, len(decided))
    counts += f", table scans/order {per_order:.1f}" if per_order else ""
    groups = [column for column in cpu[0] if column.endswith("_ticks") and column not in PARTS_OF_SHOP
              and not column.startswith("machine_")]
    # a cluster's run also has Axon Server and the entry (the Ingress's part) in groups of their own
    others = "".join(f" + {column[:-len('_ticks')]} {cpu_ms(column):.1f} ms" for column in groups
                     if column not in ("shop_ticks", "postgres_ticks"))
    parts = ", ".join(f"{name} {cpu_ms(column):.1f} ms" for column, name in PARTS_OF_SHOP.items()
                      if column in cpu[0])
    parts = f" ({parts})" if parts else ""
    # what the machine spent beside the shop's groups: mostly the load generator, on the same cores
    grouped = sum(ticks_at(cpu, end, column) - ticks_at(cpu, start, column) for column in groups)
    rest = (busy - grouped) / TICKS_PER_S / max(seconds, 0.001)
    print(f"decided/s {len(decided) / seconds:.1f} | 201 {inline}/{len(placed)} | POST /orders p50 {pct(latency, 50)} "
          f"p99 {pct(latency, 99)} ms | CPU/order shop {cpu_ms('shop_ticks'):.1f} ms{parts} + PostgreSQL "
          f"{cpu_ms('postgres_ticks'):.1f} ms{others}{counts} | machine busy {100 * busy / max(1, total):.0f}%, "
          f"{rest:.2f} cores beside the shop")


if __name__ == "__main__":
    main()
