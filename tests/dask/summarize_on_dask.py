"""Run `summarize --jsonl` over a JSON Lines file on a Dask LocalCluster of worker processes.

    /usr/bin/python3 summarize_on_dask.py RECORDS.jsonl NODE BIN WORKERS

Each partition of the records is piped through one `summarize --jsonl -` process on a worker; the
results are printed in input order, as one process would print them. The number of distinct worker
processes that ran partitions goes to stderr, as `workers: N`.
"""
import os
import subprocess
import sys

import dask.bag as db
from dask.distributed import Client, LocalCluster


def summarize_partition(lines, argv):
    data = "".join(line + "\n" for line in lines).encode("utf-8")
    done = subprocess.run(argv, input=data, stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    # 1 means some records failed: their error lines are part of the output
    if done.returncode not in (0, 1):
        raise RuntimeError(done.stderr.decode("utf-8", "replace"))
    return [(os.getpid(), line) for line in done.stdout.decode("utf-8").splitlines() if line]


def main():
    path, node, binary, workers = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    with open(path, encoding="utf-8") as f:
        records = [line.rstrip("\n") for line in f if line.strip()]
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with Client(cluster):
            bag = db.from_sequence(records, npartitions=workers * 2)
            results = bag.map_partitions(summarize_partition, [node, binary, "--jsonl", "-"]).compute()
    for _, line in results:
        print(line)
    print(f"workers: {len({pid for pid, _ in results})}", file=sys.stderr)


if __name__ == "__main__":
    main()
