"""Steps per second of gym-pybullet-drones' HoverAviary with seeded random actions, resetting on
episode end (the loop `jym bench ID --modes unwrapped` times). Usage:

    python bench_original.py --physics dyn --steps 5000
"""

import argparse
import time

import numpy as np


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--physics", default="pyb")
    p.add_argument("--steps", type=int, default=5000)
    a = p.parse_args()
    from gym_pybullet_drones.envs.HoverAviary import HoverAviary
    from gym_pybullet_drones.utils.enums import Physics

    env = HoverAviary(physics=Physics(a.physics))
    actions = np.random.default_rng(0).uniform(-1, 1, (a.steps, 1, 4)).astype(np.float32)
    for timed in (False, True):
        env.reset(seed=0)
        start = time.perf_counter()
        for k in range(a.steps):
            _, _, term, trunc, _ = env.step(actions[k])
            if term or trunc:
                env.reset()
        if timed:
            seconds = time.perf_counter() - start
            print(f"HoverAviary physics={a.physics}: {a.steps / seconds:,.0f} steps/s")
    env.close()


if __name__ == "__main__":
    main()
