"""Prints reference values of controlgym's LQG controller (controllers/lqg.py) on the linear PDEs
for PdeLqgTest: at n_state = 40, the first entries of the Kalman gain and the returns of seeded
episodes run as controlgym's LQG.run runs them (estimate started at the true initial state, every
step's observation fed to the predictor), summing all n_steps rewards (run() leaves out the last),
with the default process_noise_cov = 0 and with process_noise_cov = 0.01.

Usage: CONTROLGYM_SRC=/path/to/controlgym python benchmarks/controlgym/record_pde_lqg_reference.py
"""
import logging
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import controller_module, pde_class  # noqa: E402

lqg = controller_module("lqg")
logging.disable(logging.WARNING)


def fmt(values):
    return "{" + ", ".join(repr(float(v)) for v in np.ravel(values)) + "}"


for name in ("convection_diffusion_reaction", "wave", "schrodinger"):
    for process_noise_cov in (0.0, 0.01):
        env = pde_class(name)(seed=0, n_state=40, process_noise_cov=process_noise_cov)
        controller = lqg.LQG(env)
        if controller.gain_lqr is None or controller.gain_kf is None:
            print(f"      // {name}, process_noise_cov {process_noise_cov}: controlgym has no LQG")
            continue
        returns = []
        for seed in (0, 1):
            _, info = env.reset(seed=seed)
            est = info["state"]
            total = 0.0
            for _ in range(env.n_steps):
                action = controller.select_action(est)
                obs, reward, terminated, truncated, info = env.step(action)
                total += reward
                est = controller.evolve_state_estimate(est, action, obs)
            returns.append(total)
        print(f'      new LqgReference("{name}", {process_noise_cov!r},\n'
              f'          new double[] {fmt(controller.gain_kf[:4, 0])},\n'
              f'          new double[] {fmt(returns)}),')
