#!/usr/bin/python3
"""Reference timings of numpy.linalg.eigvalsh / eigh for tools/benchmarks/run-linalg.sh.

Run with Debian's /usr/bin/python3 and python3-numpy (tools/install-native-deps.sh installs it). Builds the
matrix as the .NET side does (GOE-like (G + G^T)/sqrt(2n), G standard normal) and prints one tab-separated
line per case, the format of the .NET quick timing:
    RESULT op backend driver n threads median_ms min_ms repeats
OpenBLAS reads OPENBLAS_NUM_THREADS when numpy loads it; the driver script sets it.
"""
import argparse
import os
import statistics
import time

import numpy as np


def loaded_blas():
    """The BLAS/LAPACK shared objects numpy actually mapped (Debian picks them through alternatives)."""
    names = set()
    with open("/proc/self/maps") as maps:
        for line in maps:
            path = line.split()[-1]
            if any(k in path for k in ("openblas", "lapack", "blas")):
                names.add(os.path.realpath(path))
    return ", ".join(sorted(names)) or "unknown"


def timed(fn, a, repeats):
    fn(a)  # warm-up: library initialisation, first touch of workspace pages
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn(a)
        times.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(times), min(times)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    n = args.n
    g = np.random.default_rng(args.seed).standard_normal((n, n))
    a = (g + g.T) / np.sqrt(2.0 * n)

    threads = os.environ.get("OPENBLAS_NUM_THREADS", "default")
    backend = f"numpy {np.__version__}"
    print(f"# {backend}; OPENBLAS_NUM_THREADS={threads}; {loaded_blas()}")
    # numpy's eigvalsh and eigh call LAPACK dsyevd (JOBZ = 'N' and 'V').
    for op, fn in (("eigvalsh", np.linalg.eigvalsh), ("eigh", np.linalg.eigh)):
        median, best = timed(fn, a, args.repeats)
        print("\t".join(["RESULT", op, backend, "dsyevd", str(n), threads,
                         f"{median:.1f}", f"{best:.1f}", str(args.repeats)]))


if __name__ == "__main__":
    main()
