"""Prints reference values of controlgym's PDE envs for PdeReferenceTest: for seeds 0 and 7, the
reset observation, three steps with the actions a_i(t) = 0.5 sin(i + t) (i the actuator, t = 0, 1,
2), their rewards, the last observation and three state entries (indices 0, n/4, n/2).

Usage: CONTROLGYM_SRC=/path/to/controlgym python benchmarks/controlgym/record_pde_reference.py
"""
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import PDE_CLASSES, pde_class  # noqa: E402


def fmt(values):
    return "{" + ", ".join(repr(float(v)) for v in values) + "}"


for name in sorted(PDE_CLASSES):
    for seed in (0, 7):
        env = pde_class(name)(seed=0)
        obs0, _ = env.reset(seed=seed)
        rewards = []
        for t in range(3):
            action = 0.5 * np.sin(np.arange(env.n_action) + t)
            obs, reward, _, _, info = env.step(action)
            rewards.append(reward)
        n = env.n_state
        state = info["state"][[0, n // 4, n // 2]]
        print(f'      new Reference("{name}", {seed},\n          new double[] {fmt(obs0)},\n'
              f'          new double[] {fmt(rewards)},\n          new double[] {fmt(obs)},\n'
              f'          new double[] {fmt(state)}),')

# LQR on the linear PDEs at n_state = 40 (a small Riccati equation keeps the unit test fast; scipy
# fails on schrodinger): the first entries of controlgym's gain (its private _lqr_gain) and the
# return of a seed-0 episode under u = K x (true state), summing all n_steps rewards.
import importlib.util  # noqa: E402

lqr_spec = importlib.util.spec_from_file_location(
    "controlgym_lqr", os.path.join(sys.modules["controlgym"].__path__[0], "controllers", "lqr.py"))
lqr = importlib.util.module_from_spec(lqr_spec)
lqr_spec.loader.exec_module(lqr)
for name in ("convection_diffusion_reaction", "schrodinger", "wave"):
    env = pde_class(name)(seed=0, n_state=40)
    S = np.zeros((env.n_state, env.n_action))
    gain, _ = lqr._lqr_gain(env.A, env.B2, env.Q, env.R, S)
    if gain is None:
        print(f"      // {name}: scipy's solve_discrete_are fails, controlgym's LQR has no gain")
        continue
    _, info = env.reset(seed=0)
    total = 0.0
    for _ in range(env.n_steps):
        _, reward, terminated, truncated, info = env.step(gain @ info["state"])
        total += reward
    print(f'      new LqrReference("{name}", new double[] {fmt(gain[0, :4])}, {total!r}),')
