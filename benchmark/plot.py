#!/usr/bin/python3
"""Charts of one benchmark run: latency of POST /orders over time, orders sent and decided per second, and CPU.

    /usr/bin/python3 benchmark/plot.py [benchmark/target] [out.png] [title]

Reads benchmark-orders.csv (written by the simulation) and cpu.csv (written by run-local.sh, optional) from the
folder. Needs matplotlib (Debian: apt-get install python3-matplotlib).
"""
import csv
import math
import os
import sys
from collections import defaultdict

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402


def pct(values, p):
    values = sorted(values)
    if not values:
        return float("nan")
    return values[max(0, min(len(values) - 1, math.ceil(p / 100 * len(values)) - 1))]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else "benchmark/target"
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(folder, "benchmark.png")
    title = sys.argv[3] if len(sys.argv) > 3 else "shop benchmark"
    with open(os.path.join(folder, "benchmark-orders.csv")) as f:
        orders = list(csv.DictReader(f))
    start = min(int(o["sent_at_ms"]) for o in orders)
    window = int(os.environ.get("LATENCY_WINDOW_S", "5"))  # percentiles over windows of this many seconds
    latency = defaultdict(list)
    sent = defaultdict(int)
    decided = defaultdict(int)
    pending = defaultdict(int)
    for o in orders:
        second = (int(o["sent_at_ms"]) - start) // 1000
        sent[second] += 1
        if o["http_status"] in ("201", "202"):
            latency[second // window * window].append(int(o["latency_ms"]))
        if o["http_status"] == "202":
            pending[second] += 1
        if o["decided_at_ms"]:
            decided[(int(o["decided_at_ms"]) - start) // 1000] += 1
    last = max(list(sent) + list(decided))
    seconds = list(range(0, last + 1))

    cpu_file = os.path.join(folder, "cpu.csv")
    cpu = []
    if os.path.exists(cpu_file):
        with open(cpu_file) as f:
            rows = [r for r in csv.DictReader(f)]
        hz = os.sysconf("SC_CLK_TCK")
        for a, b in zip(rows, rows[1:]):
            dt = (int(b["epoch_ms"]) - int(a["epoch_ms"])) / 1000
            if dt <= 0:
                continue
            t = (int(b["epoch_ms"]) - start) / 1000
            if t < -5 or t > last + 5:
                continue
            cores = lambda k: (int(b[k]) - int(a[k])) / hz / dt  # noqa: E731
            busy = (int(b["machine_busy_ticks"]) - int(a["machine_busy_ticks"])) / max(
                1, int(b["machine_total_ticks"]) - int(a["machine_total_ticks"])) * os.cpu_count()
            cpu.append((t, cores("shop_ticks"), cores("postgres_ticks"), busy))

    panels = 3 if cpu else 2
    fig, axes = plt.subplots(panels, 1, figsize=(11, 3.2 * panels), sharex=True)
    ax = axes[0]
    for p, style in ((50, "-"), (95, "--"), (99, ":")):
        ax.plot([s for s in seconds if latency[s]], [pct(latency[s], p) for s in seconds if latency[s]], style,
                label=f"p{p}")
    ax.set_ylabel(f"POST /orders (ms), per {window} s")
    ax.set_yscale("log")
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(loc="upper left")

    ax = axes[1]
    ax.plot(seconds, [sent[s] for s in seconds], label="orders sent / s")
    ax.plot(seconds, [decided[s] for s in seconds], label="orders decided / s")
    ax.plot(seconds, [pending[s] for s in seconds], label="answered 202 PENDING / s", alpha=0.6)
    ax.set_ylabel("orders per second")
    ax.grid(True, alpha=0.3)
    ax.legend(loc="upper right")

    if cpu:
        ax = axes[2]
        ax.plot([c[0] for c in cpu], [c[1] for c in cpu], label="shop JVM")
        ax.plot([c[0] for c in cpu], [c[2] for c in cpu], label="its PostgreSQL")
        ax.plot([c[0] for c in cpu], [c[3] for c in cpu], label="whole machine (others too)", alpha=0.6)
        ax.set_ylabel("CPU (cores)")
        ax.set_ylim(0, os.cpu_count() + 0.2)
        ax.grid(True, alpha=0.3)
        ax.legend(loc="upper right")
    axes[-1].set_xlabel("seconds since the first order")
    fig.tight_layout()
    fig.savefig(out, dpi=90)
    print("wrote", out)


if __name__ == "__main__":
    main()
