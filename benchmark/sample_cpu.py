#!/usr/bin/python3
"""Once a second, the CPU time of groups of processes, of the whole machine, and PostgreSQL's commits, as CSV.

    /usr/bin/python3 benchmark/sample_cpu.py WATCHED_PID POSTGRES_PORT NAME=PID[,PID...] ... > cpu.csv

Runs while WATCHED_PID lives. A group's ticks are its processes' own CPU and that of their children which ended;
the group named `postgres` also has that of its processes' children now running: the postmaster's backends.
The column `jit` is the part of the group `shop` that its JVMs' JIT compiler threads spent: compiling goes on for
minutes after a start, and at a light load it is a large and unsteady part of what an order seems to cost. The column
`tomcat` is the part its Tomcat threads spent: under overload, mostly the door's refusals and their resends.
Commits are asked of the PostgreSQL on POSTGRES_PORT once a second from one psql session, when a psql is at hand:
its own query is one more commit a second, which benchmark/cost.py takes off.
"""
import os
import shutil
import subprocess
import sys
import time


# parts of the group `shop`, by the names of their threads (the kernel keeps the first 15 characters of a name)
THREADS = {
    "jit_ticks": ("C1 CompilerThre", "C2 CompilerThre"),
    "tomcat_ticks": ("http-nio-",),  # Tomcat's acceptor, poller and request threads: the door and every request
}


def stat(path):
    """The name and the fields after it of a /proc stat file, or None for a process or thread that has ended."""
    try:
        with open(path) as f:
            name, fields = f.read().split("(", 1)[1].rsplit(")", 1)
        return name, fields.split()
    except (OSError, IndexError, ValueError):
        return None


def ticks(pid):
    read = stat(f"/proc/{pid}/stat")
    return sum(int(x) for x in read[1][11:15]) if read else 0  # utime, stime, cutime, cstime


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


def thread_ticks(pid, prefixes):
    """The CPU of the threads of a process whose names start with one of `prefixes`."""
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0
    spent = 0
    for task in tasks:
        read = stat(f"/proc/{pid}/task/{task}/stat")
        if read and read[0].startswith(prefixes):
            spent += int(read[1][11]) + int(read[1][12])  # utime, stime
    return spent


def group_ticks(name, pids):
    return sum(ticks(pid) + (sum(ticks(child) for child in children(pid)) if name == "postgres" else 0)
               for pid in pids)


def machine():
    with open("/proc/stat") as f:
        user, nice, system, idle, iowait, irq, softirq, steal = (int(x) for x in f.readline().split()[1:9])
    busy = user + nice + system + irq + softirq + steal
    return busy, busy + idle + iowait


def main():
    watched, pg_port, specs = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    groups = {}
    for spec in specs:
        name, pids = spec.split("=", 1)
        groups[name] = [int(pid) for pid in pids.split(",") if pid]
    psql = None
    if shutil.which("psql") and pg_port:
        psql = subprocess.Popen(["psql", "-h", "127.0.0.1", "-p", pg_port, "-U", "postgres", "-d", "postgres", "-Atq"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    print("epoch_ms," + ",".join(f"{name}_ticks" for name in groups) + "".join(f",{column}" for column in THREADS)
          + ",machine_busy_ticks,machine_total_ticks,postgres_commits,postgres_scans", flush=True)
    while os.path.exists(f"/proc/{watched}"):
        counts = ","
        if psql and psql.poll() is None:
            # scans of the tables of the database connected to, the local shop's: its reads and its updates
            psql.stdin.write("select sum(xact_commit) || ',' || coalesce((select sum(seq_scan + coalesce(idx_scan, 0))"
                             " from pg_stat_user_tables), 0) from pg_stat_database;\n")
            psql.stdin.flush()
            counts = psql.stdout.readline().strip()
        busy, total = machine()
        print(f"{int(time.time() * 1000)}," + ",".join(str(group_ticks(name, pids)) for name, pids in groups.items())
              + "".join(f",{sum(thread_ticks(pid, prefixes) for pid in groups.get('shop', []))}"
                    for prefixes in THREADS.values())
              + f",{busy},{total},{counts}", flush=True)
        time.sleep(1)


if __name__ == "__main__":
    main()
