"""CPU time per env step of Gymnasium + MuJoCo, to set beside benchmarks/mujoco/step_cpu.sh.

    python benchmarks/mujoco/mujoco_step_cpu.py [--steps N] [--warmup W] [--rounds R] ID [ID ...]

Each round steps each unwrapped env W untimed then N timed steps with uniform random actions
(numpy seed 0, drawn before timing), resetting at episode ends, and prints the thread's CPU time
per step (so other load on the machine moves it less than wall-clock speed) and the wall-clock
steps per second.
"""
import argparse
import time

import gymnasium as gym
import numpy as np


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("ids", nargs="+")
    p.add_argument("--steps", type=int, default=20000)
    p.add_argument("--warmup", type=int, default=5000)
    p.add_argument("--rounds", type=int, default=3)
    args = p.parse_args()
    envs = {i: gym.make(i).unwrapped for i in args.ids}
    actions = {}
    for i, env in envs.items():
        space = env.action_space
        actions[i] = np.random.default_rng(0).uniform(space.low, space.high, (4096,) + space.shape)
        env.reset(seed=0)
    for r in range(args.rounds):
        for i, env in envs.items():
            acts = actions[i]
            for k in range(args.warmup):
                if env.step(acts[k & 4095])[2]:
                    env.reset()
            cpu, wall = time.thread_time(), time.perf_counter()
            for k in range(args.steps):
                if env.step(acts[k & 4095])[2]:
                    env.reset()
            cpu, wall = time.thread_time() - cpu, time.perf_counter() - wall
            print(f"round {r}  {i:<30} {1e6 * cpu / args.steps:8.2f} us CPU/step  "
                  f"{args.steps / cpu:10,.0f} steps per CPU second  {args.steps / wall:10,.0f} steps/s wall")


if __name__ == "__main__":
    main()
