#!/usr/bin/env python3
"""Where a service's CPU samples fall (scripts/bench-cost.sh with KHATA_BENCH_JFR=1): each execution sample of a Java
Flight Recording is counted once, by the first frame of its stack that belongs to a known part (this service's code by
module, Axon, Jackson, the PostgreSQL driver, Hikari, Tomcat and Spring MVC, PDF and QR code drawing, logging), and
once more by this service's outermost frame, and once more by what its thread works for (HTTP requests, each
processing group, the event store's tailing, start-up). Usage: jfr-where.py recording.jfr"""
import collections
import re
import subprocess
import sys

PARTS = [
    ("PDF (OpenPDF)", "com.lowagie."), ("QR codes (ZXing)", "com.google.zxing."),
    ("PostgreSQL driver", "org.postgresql."), ("connection pool (Hikari)", "com.zaxxer.hikari."),
    ("JSON (Jackson)", "com.fasterxml.jackson."), ("XML (XStream)", "com.thoughtworks.xstream."),
    ("Axon: event processing", "org.axonframework.eventhandling."), ("Axon: sagas and deadlines", "org.axonframework.modelling.saga."),
    ("Axon: deadlines", "org.axonframework.deadline."), ("Axon: commands and aggregates", "org.axonframework.commandhandling."),
    ("Axon: aggregates", "org.axonframework.modelling."), ("Axon: event store", "org.axonframework.eventsourcing."),
    ("Axon: messaging", "org.axonframework."), ("logging", "ch.qos.logback."), ("logging", "org.slf4j."),
    ("Tomcat", "org.apache.catalina."), ("Tomcat", "org.apache.coyote."), ("Tomcat", "org.apache.tomcat."),
    ("Spring MVC", "org.springframework.web."), ("Spring JDBC and transactions", "org.springframework.jdbc."),
    ("Spring JDBC and transactions", "org.springframework.transaction."), ("validation", "org.hibernate.validator."),
    ("JWT", "io.jsonwebtoken."), ("metrics", "io.micrometer."),
]


def part(frame):
    for name, prefix in PARTS:
        if frame.startswith(prefix):
            return name
    if frame.startswith("network.khata."):
        return "service: " + frame.split(".")[2]
    return None


def worker(thread):
    """What a thread works for: a processing group (its coordinator and work packages), HTTP, start-up, or its name."""
    group = re.match(r"(?:WorkPackage|Coordinator)\[([\w-]+)\]", thread)
    if group:
        return "processing group " + group.group(1)
    if thread.startswith("http-nio-"):
        return "HTTP requests (Tomcat)"
    if thread in ("main", "background-preinit"):
        return "start-up"
    if thread.startswith("EmbeddedEventStore"):
        return "event store (tailing new events)"
    return re.sub(r"[-\d]+$", "", thread) or "other"


def main(recording):
    text = subprocess.run(["jfr", "print", "--events", "jdk.ExecutionSample", recording], capture_output=True, text=True,
                          check=True).stdout
    by_part, by_entry, by_thread, total = collections.Counter(), collections.Counter(), collections.Counter(), 0
    for sample in text.split("jdk.ExecutionSample")[1:]:
        frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
        if not frames:
            continue
        total += 1
        by_part[next((p for p in map(part, frames) if p), "JDK and other")] += 1
        thread = re.search(r'sampledThread = "([^"]*)"', sample)
        by_thread[worker(thread.group(1) if thread else "")] += 1
        ours = [f for f in frames if f.startswith("network.khata.")]
        by_entry[".".join(ours[-1].split(".")[-2:]) if ours else "(no service frame)"] += 1
    print(f"{total} CPU samples of {recording}")
    print("by the first known part on the stack:")
    for name, count in by_part.most_common(16):
        print(f"  {100 * count / total:5.1f} %  {name}")
    print("by the service's outermost frame:")
    for name, count in by_entry.most_common(12):
        print(f"  {100 * count / total:5.1f} %  {name}")
    working = total - by_thread["start-up"]
    print(f"by what the thread works for (of the {working} samples after start-up):")
    for name, count in by_thread.most_common(16):
        if name != "start-up":
            print(f"  {100 * count / working:5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1])
