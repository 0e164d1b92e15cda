"""Steps per second of controlgym's PDE envs and ours, single thread, in the same run.

controlgym: OPENBLAS_NUM_THREADS=1 (set here before numpy loads), random actions in [-1, 1],
reset at episode end, timed over --steps steps after 5 untimed warm-up steps.
Ours: `./jym bench ID --modes unwrapped --steps N --warmup N` (one JVM thread steps the env).

Usage (from the repository root):
  CONTROLGYM_SRC=/path/to/controlgym python benchmarks/controlgym/speed_pde.py [--envs ...]
"""
import os

for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[var] = "1"

import argparse  # noqa: E402
import json  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import PDE_CLASSES, pde_class  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def theirs(name, steps):
    env = pde_class(name)(seed=0)
    rng = np.random.default_rng(0)
    actions = rng.uniform(-1, 1, (steps, env.n_action))

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


def ours(name, steps):
    out = subprocess.run(
        [os.path.join(ROOT, "jym"), "bench", "controlgym/" + name + "-v0", "--modes", "unwrapped",
         "--steps", str(steps), "--warmup", str(steps), "--json"],
        check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith("{"):
            row = json.loads(line)
            for key in ("steps_per_second", "stepsPerSecond", "sps"):
                if key in row:
                    return float(row[key])
    raise RuntimeError("no steps per second in: " + out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envs", nargs="*", default=sorted(PDE_CLASSES))
    parser.add_argument("--steps", type=int, default=30, help="timed steps of controlgym")
    parser.add_argument("--ours-steps", type=int, default=300, help="timed steps of ours")
    args = parser.parse_args()
    print(f"{'env':32s} {'controlgym steps/s':>19s} {'ours steps/s':>13s} {'ratio':>7s}")
    for name in args.envs:
        t = theirs(name, args.steps)
        o = ours(name, args.ours_steps)
        print(f"{name:32s} {t:19.1f} {o:13.1f} {o / t:7.1f}", flush=True)


if __name__ == "__main__":
    main()
