"""Steps/s of panda-gym's PandaPush-v3 (PyBullet) under random actions, for comparison with
`jym bench PandaPush-v3`. Needs gymnasium, numpy, scipy, pybullet and panda-gym's source on
PYTHONPATH (or panda-gym installed):

    PYTHONPATH=<panda-gym checkout> python benchmarks/manipulators/bench_original.py --steps 1000

Prints wall-clock and CPU-time steps/s for each of --repeats rounds (best of them is the figure
to quote); resets count inside the timed loop as in `jym bench`.
"""

import argparse
import time

import gymnasium
import panda_gym  # noqa: F401  (registers the Panda ids)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--env", default="PandaPush-v3")
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    env = gymnasium.make(args.env).unwrapped
    env.action_space.seed(0)
    env.reset(seed=0)

    def run(steps):
        for _ in range(steps):
            _, _, terminated, truncated, _ = env.step(env.action_space.sample())
            if terminated or truncated:
                env.reset()

    run(args.warmup)
    for rep in range(args.repeats):
        wall, cpu = time.perf_counter(), time.thread_time()
        run(args.steps)
        wall, cpu = time.perf_counter() - wall, time.thread_time() - cpu
        print(f"{args.env} panda-gym round {rep}: wall {args.steps / wall:.0f} steps/s, "
              f"cpu {args.steps / cpu:.0f} steps/s")


if __name__ == "__main__":
    main()
