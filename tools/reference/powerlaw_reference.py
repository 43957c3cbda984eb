#!/usr/bin/env python3
"""Independent numpy route of the public tool's power-law fit, for the recorded values of
PowerLawFixtureReferenceTheory (catalogue mahoney-rmt-htsr.md §6 test (c)). Run by hand:

    python3 tools/reference/powerlaw_reference.py

Written from the catalogue's description of the convention (not copied): drop values <= 1e-5; candidates are the
distinct values except the largest; alpha = 1 + n / sum(log(x / xmin)) over x >= xmin (n counts xmin itself);
D = max |1 - (x/xmin)^(1 - alpha) - F_emp|, F_emp = fraction of the tail strictly below x (searchsorted left);
D = 1 when alpha <= 1; the first minimum wins. Without ties this is exactly the tool's loop. Plain O(n^2) loop.
The data sets are the formulas of PowerLawFixtureExperiment.Dataset.
"""
import numpy as np


def datasets():
    i = np.arange(1000)
    pareto = ((i + 0.5) / 1000) ** (-1 / 1.5)
    body = 0.05 + 0.9 * np.sqrt((np.arange(600) + 0.5) / 600)
    tail = ((np.arange(400) + 0.5) / 400) ** (-0.5)
    return {
        "pareto": pareto,
        "mixture": np.concatenate([body, tail]),
        "ties": np.round(10 * pareto) / 10,
        "threshold": pareto * 1e-6,
    }


def fit(data, threshold=1e-5):
    x = np.sort(np.asarray(data, dtype=np.float64))
    x = x[x > threshold]
    logs = np.log(x)
    best = None
    for xmin in np.unique(x)[:-1]:
        tail = x[x >= xmin]
        n = len(tail)
        alpha = 1 + n / np.sum(logs[x >= xmin] - np.log(xmin))
        if alpha > 1:
            below = np.searchsorted(tail, tail, side="left") / n
            d = np.max(np.abs(1 - (tail / xmin) ** (1 - alpha) - below))
        else:
            d = 1.0
        if best is None or d < best[2]:
            best = (alpha, xmin, d, n)
    alpha, xmin, d, n = best
    return alpha, xmin, d, n, (alpha - 1) / np.sqrt(n)


if __name__ == "__main__":
    for name, data in datasets().items():
        alpha, xmin, d, n, sigma = fit(data)
        print(f'["{name}"] = new({alpha!r}, {xmin!r}, {d!r}, {n}, {sigma!r}),')
