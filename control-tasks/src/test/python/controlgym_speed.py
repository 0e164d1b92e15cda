"""Steps per second of controlgym's linear-env step as numpy runs it, for comparison with Java.

controlgym's step draws w with rng.multivariate_normal (an SVD of the covariance on every call),
computes y, the output, the reward and the next state with numpy matrix products. This loop does
the same operations; run single-threaded from the repository root:

    OPENBLAS_NUM_THREADS=1 python3 control-tasks/src/test/python/controlgym_speed.py he1 cm5
"""
import json
import pathlib
import sys
import time

import numpy as np
import scipy.linalg

SYSTEMS = pathlib.Path("control-tasks/src/main/resources/dev/jymnasium/control/linear/systems")

for name in sys.argv[1:] or ["he1"]:
    raw = json.loads((SYSTEMS / f"{name}.json").read_text())
    m = {k: np.array(v["data"]).reshape(v["rows"], v["cols"]) for k, v in raw.items() if k != "system"}
    n, nw, nu = m["A"].shape[0], m["B1"].shape[1], m["B2"].shape[1]
    block = np.zeros((n + nw + nu, n + nw + nu))
    block[:n, :n], block[:n, n:n + nw], block[:n, n + nw:] = m["A"], m["B1"], m["B2"]
    e = scipy.linalg.expm(block * 0.1)
    ad, b1d, b2d = e[:n, :n], e[:n, n:n + nw], e[:n, n + nw:]
    q, r, s = m["C1"].T @ m["C1"], m["D12"].T @ m["D12"], m["C1"].T @ m["D12"]
    rng = np.random.default_rng(0)
    x = rng.multivariate_normal(np.zeros(n), 0.1 * np.eye(n))
    u = np.zeros(nu)
    steps = 10000
    t0 = time.perf_counter()
    for t in range(steps):
        if t % 1000 == 0:  # a new episode every n_steps = 1000, as an agent would reset
            x = rng.multivariate_normal(np.zeros(n), 0.1 * np.eye(n))
        w = rng.multivariate_normal(np.zeros(nw), 0.1 * np.eye(nw))
        y = m["C"] @ x + m["D21"] @ w
        z = m["C1"] @ x + m["D11"] @ w + m["D12"] @ u
        reward = -float(x.T @ q @ x + u.T @ r @ u + 2 * x.T @ s @ u)
        x = ad @ x + b1d @ w + b2d @ u
    dt = time.perf_counter() - t0
    print(f"{name} n={n}: {steps / dt:.0f} steps/s (numpy {np.__version__})")
