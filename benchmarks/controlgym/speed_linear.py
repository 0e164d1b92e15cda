"""Steps per second of controlgym's linear envs and ours, single thread, in the same run.

controlgym: OPENBLAS_NUM_THREADS=1 (set here before numpy loads), random actions from a normal
distribution, reset at episode end, timed over --steps steps after 5 untimed warm-up steps; best of
--repeats runs, alternating with ours.
Ours: `./jym bench ID --modes unwrapped --steps N --warmup N` (one JVM thread steps the env); best of
the same number of runs.

Usage (from the repository root):
  CONTROLGYM_SRC=/path/to/controlgym python benchmarks/controlgym/speed_linear.py [--envs ...]
"""
import os

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import linear_env  # noqa: E402
from speed_pde import ours  # noqa: E402

NAMES = ["toy", "ac1", "ac2", "ac3", "ac4", "ac5", "ac6", "ac7", "ac8", "ac9", "ac10", "bdt1",
         "bdt2", "cbm", "cdp", "cm1", "cm2", "cm3", "cm4", "cm5", "dis1", "dis2", "dlr", "he1",
         "he2", "he3", "he4", "he5", "he6", "iss", "je1", "je2", "lah", "pas", "psm", "rea", "umv"]


def theirs(name, steps):
    env = linear_env(name, seed=0)
    rng = np.random.default_rng(0)
    actions = rng.standard_normal((steps, env.n_action))

    def run(count):
        env.reset(seed=0)
        for i in range(count):
            _, _, terminated, truncated, _ = env.step(actions[i % steps])
            if terminated or truncated:
                env.reset()

    run(5)
    start = time.perf_counter()
    run(steps)
    return steps / (time.perf_counter() - start)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envs", nargs="*", default=NAMES)
    parser.add_argument("--steps", type=int, default=2000, help="timed steps of controlgym")
    parser.add_argument("--ours-steps", type=int, default=100000, help="timed steps of ours")
    parser.add_argument("--repeats", type=int, default=2, help="runs of each, best kept")
    args = parser.parse_args()
    print(f"load average {os.getloadavg()[0]:.1f}")
    print(f"{'env':6s} {'n':>4s} {'controlgym steps/s':>19s} {'ours steps/s':>13s} {'ratio':>7s}")
    for name in args.envs:
        t = o = 0.0
        for _ in range(args.repeats):
            t = max(t, theirs(name, args.steps))
            o = max(o, ours(name, args.ours_steps))
        n = linear_env(name).n_state
        print(f"{name:6s} {n:4d} {t:19.0f} {o:13.0f} {o / t:7.1f}", flush=True)


if __name__ == "__main__":
    main()
