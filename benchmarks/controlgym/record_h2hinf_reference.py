"""Prints reference values of controlgym's H2/H-infinity state feedback (controllers/h2hinf.py) for
H2HinfReferenceTest: for each (system, gamma), the control gain, the disturbance gain, and the
returns of seeded episodes run as controlgym's H2Hinf.run runs them (u = gain_act x, and the
disturbance gain_dis x given to every step instead of noise), summing all n_steps rewards
(controlgym's run() leaves out the last one). gamma = 1e6 stands for the H2 controller (the limit
gamma -> infinity); the script also prints how far that is from the limit itself.

Usage: CONTROLGYM_SRC=/path/to/controlgym python benchmarks/controlgym/record_h2hinf_reference.py
"""
import logging
import os
import sys

import numpy as np
from scipy.linalg import solve, solve_discrete_are

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import controller_module, linear_env  # noqa: E402

h2hinf = controller_module("h2hinf")
logging.disable(logging.WARNING)

CASES = [("he1", 1.0), ("he1", 1e6), ("toy", 2.0), ("he4", 10.0), ("psm", 2.0), ("ac4", 1e6),
         ("cm1", 2.0), ("je2", 2.0)]
SEEDS = (0, 1)


def fmt(values):
    return "{" + ", ".join(repr(float(v)) for v in np.ravel(values)) + "}"


def episode(env, controller, seed):
    _, info = env.reset(seed=seed)
    total = 0.0
    for _ in range(env.n_steps):
        state = info["state"]
        action = controller.select_action(state)
        disturbance = controller.select_disturbance(state)
        _, reward, terminated, truncated, info = env.step(action, disturbance)
        total += reward
        if terminated or truncated:
            break
    return total


for name, gamma in CASES:
    env = linear_env(name)
    controller = h2hinf.H2Hinf(env, gamma)
    if controller.gain_act is None:
        print(f"      // {name}, gamma {gamma}: controlgym finds no solution")
        continue
    try:
        returns = [episode(env, controller, seed) for seed in SEEDS]
    except RuntimeWarning as e:  # controlgym's h2hinf module turns warnings into errors
        print(f"      // {name}, gamma {gamma}: the episode diverges ({e})")
        continue
    print(f'      new Reference("{name}", {gamma!r},\n'
          f'          new double[] {fmt(controller.gain_act)},\n'
          f'          new double[] {fmt(controller.gain_dis)},\n'
          f'          new double[] {fmt(returns)}),')
    if gamma >= 1e6:
        # The limit: LQR on Q = C1'C1, R = D12'D12, S = C1'D12.
        Q, R, S = env.C1.T @ env.C1, env.D12.T @ env.D12, env.C1.T @ env.D12
        P = solve_discrete_are(env.A, env.B2, Q, R, s=S)
        k = -solve(R + env.B2.T @ P @ env.B2, env.B2.T @ P @ env.A + S.T)
        rel = np.max(np.abs(k - controller.gain_act)) / np.max(np.abs(k))
        print(f"      // {name}: gamma 1e6 vs the H2 limit: gain differs by {rel:.1e} relative")
