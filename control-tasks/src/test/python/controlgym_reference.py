"""Reference numbers for the controlgym linear-env tests, from numpy and scipy.

Re-implements controlgym's linear-env contract (zero-order hold of the block matrix, seeded
numpy draws, reward -(x'Qx + u'Ru + 2x'Su)) in a few lines of numpy/scipy and prints the values
the Java tests compare against. Run from the repository root:

    python3 control-tasks/src/test/python/controlgym_reference.py
"""
import json
import pathlib

import numpy as np
import scipy.linalg

SYSTEMS = pathlib.Path("control-tasks/src/main/resources/dev/jymnasium/control/linear/systems")


def load(name):
    raw = json.loads((SYSTEMS / f"{name}.json").read_text())
    return {k: np.array(v["data"]).reshape(v["rows"], v["cols"]) for k, v in raw.items() if k != "system"}


def discretise(m, dt=0.1):
    n, nw, nu = m["A"].shape[0], m["B1"].shape[1], m["B2"].shape[1]
    block = np.zeros((n + nw + nu, n + nw + nu))
    block[:n, :n] = m["A"]
    block[:n, n:n + nw] = m["B1"]
    block[:n, n + nw:] = m["B2"]
    e = scipy.linalg.expm(block * dt)
    return e[:n, :n], e[:n, n:n + nw], e[:n, n + nw:]


def fmt(a):
    return ", ".join(repr(float(v)) for v in np.ravel(a))


he1 = load("he1")
ad, b1d, b2d = discretise(he1)
print("he1 Ad", fmt(ad))
print("he1 B1d", fmt(b1d))
print("he1 B2d", fmt(b2d))
q = he1["C1"].T @ he1["C1"]
r = he1["D12"].T @ he1["D12"]
s = he1["C1"].T @ he1["D12"]
p = scipy.linalg.solve_discrete_are(ad, b2d, q, r, s=s)
print("he1 P", fmt(p))
k = -np.linalg.solve(r + b2d.T @ p @ b2d, b2d.T @ p @ ad + s.T)
print("he1 K", fmt(k))
print("he1 LQR average cost", repr(float(0.1 * np.trace(b1d.T @ p @ b1d))))

# numpy's multivariate_normal with c*I equals sqrt(c) * standard_normal, bit for bit.
for c in (0.1, 0.0, 2.5):
    a = np.random.default_rng(3).multivariate_normal(np.zeros(7), c * np.eye(7))
    b = np.sqrt(c) * np.random.default_rng(3).standard_normal(7)
    assert np.array_equal(a, b), c

# A seeded he1 episode as controlgym runs it: reset draws x0 then w for y0; each step draws w.
rng = np.random.default_rng(42)
n = ad.shape[0]
x = rng.multivariate_normal(np.zeros(n), 0.1 * np.eye(n))
w = rng.multivariate_normal(np.zeros(b1d.shape[1]), 0.1 * np.eye(b1d.shape[1]))
y = he1["C"] @ x + he1["D21"] @ w
print("he1 seed 42 x0", fmt(x))
print("he1 seed 42 y0", fmt(y))
for t in range(3):
    u = np.array([0.5 * (t + 1), -0.25])
    w = rng.multivariate_normal(np.zeros(b1d.shape[1]), 0.1 * np.eye(b1d.shape[1]))
    y = he1["C"] @ x + he1["D21"] @ w
    reward = -(x.T @ q @ x + u.T @ r @ u + 2 * x.T @ s @ u)
    x = ad @ x + b1d @ w + b2d @ u
    print(f"he1 seed 42 step {t} y", fmt(y), "reward", repr(float(reward)), "x", fmt(x))

# LQR average costs 0.1 * tr(B1d' P B1d) of a few more systems (R patched for ac1, ac6, ac8).
for name in ("toy", "ac3", "ac4", "ac8", "dis2", "he4", "pas", "psm"):
    m = load(name)
    ad, b1d, b2d = discretise(m)
    q = m["C1"].T @ m["C1"]
    r = m["D12"].T @ m["D12"]
    if name in ("ac1", "ac6", "ac8"):
        r = np.max(np.linalg.eigvalsh(r)) * np.eye(r.shape[0])
    s = m["C1"].T @ m["D12"]
    p = scipy.linalg.solve_discrete_are(ad, b2d, q, r, s=s)
    print(name, "LQR average cost", repr(float(0.1 * np.trace(b1d.T @ p @ b1d))))

# he1 with LQR state feedback u = K x over a seeded 1000-step episode (seed 3): the return.
he1 = load("he1")
ad, b1d, b2d = discretise(he1)
q = he1["C1"].T @ he1["C1"]
r = he1["D12"].T @ he1["D12"]
s = he1["C1"].T @ he1["D12"]
p = scipy.linalg.solve_discrete_are(ad, b2d, q, r, s=s)
k = -np.linalg.solve(r + b2d.T @ p @ b2d, b2d.T @ p @ ad + s.T)
rng = np.random.default_rng(3)
x = rng.multivariate_normal(np.zeros(4), 0.1 * np.eye(4))
rng.multivariate_normal(np.zeros(2), 0.1 * np.eye(2))
total = 0.0
for t in range(1000):
    u = k @ x
    w = rng.multivariate_normal(np.zeros(2), 0.1 * np.eye(2))
    total += -(x @ q @ x + u @ r @ u + 2 * x @ s @ u)
    x = ad @ x + b1d @ w + b2d @ u
print("he1 seed 3 LQR return", repr(float(total)))

# he1 with LQG (Kalman predictor + LQR) over the same seeded episode (seed 3): the return.
c, d21 = he1["C"], he1["D21"]
w_cov = b1d @ b1d.T
v_cov = d21 @ d21.T
if np.any(np.linalg.eigvalsh(v_cov) <= 0):
    v_cov = 0.1 * np.eye(c.shape[0])
sigma = scipy.linalg.solve_discrete_are(ad.T, c.T, w_cov, v_cov)
gain_l = ad @ sigma @ c.T @ np.linalg.inv(c @ sigma @ c.T + v_cov)
rng = np.random.default_rng(3)
x = rng.multivariate_normal(np.zeros(4), 0.1 * np.eye(4))
rng.multivariate_normal(np.zeros(2), 0.1 * np.eye(2))
xhat = np.zeros(4)
total = 0.0
for t in range(1000):
    u = k @ xhat
    w = rng.multivariate_normal(np.zeros(2), 0.1 * np.eye(2))
    y = c @ x + d21 @ w
    total += -(x @ q @ x + u @ r @ u + 2 * x @ s @ u)
    x = ad @ x + b1d @ w + b2d @ u
    xhat = (ad - gain_l @ c) @ xhat + b2d @ u + gain_l @ y
print("he1 seed 3 LQG return", repr(float(total)), "L", fmt(gain_l))
