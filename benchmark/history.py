#!/usr/bin/python3
"""The CPU an order costs by its place in its user's history, for a run of one user (-Dusers=1).

    /usr/bin/python3 benchmark/history.py [benchmark/target]

Reads benchmark-orders.csv and cpu.csv, as cost.py does, and prints a line for each thousand orders in the order they
were sent: the CPU the shop's JVM (its JIT compiler threads apart) and its PostgreSQL spent while those were sent,
over the orders decided in that time, and PostgreSQL's commits likewise.
"""
import csv
import os
import sys

TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "benchmark/target"
    with open(os.path.join(folder, "benchmark-orders.csv")) as f:
        orders = sorted(csv.DictReader(f), key=lambda o: int(o["sent_at_ms"]))
    with open(os.path.join(folder, "cpu.csv")) as f:
        cpu = list(csv.DictReader(f))

    def at(t_ms, column):
        before = [row for row in cpu if int(row["epoch_ms"]) <= t_ms]
        return int((before or cpu)[-1][column] or 0)

    for first in range(0, len(orders) - 999, 1000):
        start, end = int(orders[first]["sent_at_ms"]), int(orders[first + 999]["sent_at_ms"])
        decided = sum(1 for o in orders if o["decided_at_ms"] and start <= int(o["decided_at_ms"]) <= end) or 1

        def per_order(column, scale=1000 / TICKS_PER_S):
            return scale * (at(end, column) - at(start, column)) / decided

        print(f"orders {first + 1:>6}-{first + 1000:<6} CPU/order shop {per_order('shop_ticks'):.1f} ms "
              f"(JIT {per_order('jit_ticks'):.1f} ms) + PostgreSQL {per_order('postgres_ticks'):.1f} ms | "
              f"commits/order {per_order('postgres_commits', 1):.1f} | {decided} decided")


if __name__ == "__main__":
    main()
