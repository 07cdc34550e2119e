"""A Dask LocalCluster in a process of its own, for tests: prints its address, ends with stdin.

    python tests/cluster_helpers/cluster.py [PRELOAD.py]

Two single-threaded process workers on 127.0.0.1, no dashboard.  Run apart from
the test process so that the cluster's threads never share it with builds that fork.
"""
import logging
import sys

from distributed import LocalCluster

if __name__ == "__main__":
    preload = sys.argv[1:]
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR, memory_limit=0,
                      preload=preload) as cluster:
        print(cluster.scheduler_address, flush=True)
        sys.stdin.read()  # until the test closes it
