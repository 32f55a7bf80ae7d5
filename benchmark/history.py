#!/usr/bin/python3
"""The CPU an order costs by its place in its user's history, for a run of one user (-Dusers=1).

    /usr/bin/python3 benchmark/history.py [benchmark/target]

Reads benchmark-orders.csv and cpu.csv, as cost.py does, and prints a line for each thousand orders in the order they
were sent: the CPU the shop's JVM (its JIT compiler threads apart) and its PostgreSQL spent while those were sent,
over the orders decided in that time, and PostgreSQL's commits likewise, as cost.py counts them.
"""
import csv
import os
import sys

from cost import count_per_order, ms_per_order


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "benchmark/target"
    with open(os.path.join(folder, "benchmark-orders.csv")) as f:
        orders = sorted(csv.DictReader(f), key=lambda o: int(o["sent_at_ms"]))
    with open(os.path.join(folder, "cpu.csv")) as f:
        cpu = list(csv.DictReader(f))

    for first in range(0, len(orders) - 999, 1000):
        start, end = int(orders[first]["sent_at_ms"]), int(orders[first + 999]["sent_at_ms"])
        decided = sum(1 for o in orders if o["decided_at_ms"] and start <= int(o["decided_at_ms"]) <= end)

        def cpu_ms(column):
            return ms_per_order(cpu, start, end, column, decided)

        commits = count_per_order(cpu, "postgres_commits", start, end, decided, samplers_own_per_s=1)
        print(f"orders {first + 1:>6}-{first + 1000:<6} CPU/order shop {cpu_ms('shop_ticks'):.1f} ms "
              f"(JIT {cpu_ms('jit_ticks'):.1f} ms) + PostgreSQL {cpu_ms('postgres_ticks'):.1f} ms"
              + (f" | commits/order {commits:.1f}" if commits is not None else "") + f" | {decided} decided")


if __name__ == "__main__":
    main()
