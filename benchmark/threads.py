#!/usr/bin/python3
"""The CPU time of a JVM's threads from its thread dump (jcmd <pid> Thread.print on standard input), summed by the
thread's name with its numbers left out (http-nio-...-exec-7 counts as http-nio-...-exec-), most first."""
import re
import sys
from collections import Counter

cpu = Counter()
for line in sys.stdin:
    match = re.match(r'^"(.+?)" .*?cpu=([0-9.]+)ms', line)
    if match:
        cpu[re.sub(r"[0-9]+", "", match.group(1))] += float(match.group(2))
total = sum(cpu.values())
for name, ms in cpu.most_common():
    print(f"{ms / 1000:9.1f} s {100 * ms / max(total, 1):5.1f}%  {name}")
