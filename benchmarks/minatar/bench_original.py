"""Steps per second of MinAtar (kenjyoung/MinAtar) with random actions, single thread, resetting on
episode end, next to `jym bench ID --modes unwrapped,make` for the same game in the same run.

Two original loops: its Gymnasium env (`minatar.gym.BaseEnv`, what `gymnasium.make` gives,
observation copied out as bool array each step) and its bare `Environment.act` + `state()`. Ours:
`unwrapped` (the env itself, observation filled in place) and `make` (default wrappers).

Needs MinAtar's source on PYTHONPATH (numpy and gymnasium installed) and the repository's `jym`.
Usage:

    PYTHONPATH=/path/to/MinAtar python bench_original.py --game breakout --steps 200000
"""

import argparse
import json
import os
import subprocess
import time

import numpy as np

IDS = {"asterix": "Asterix", "breakout": "Breakout", "freeway": "Freeway", "seaquest": "Seaquest",
       "space_invaders": "SpaceInvaders"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def time_gym(game, steps, actions):
    from minatar.gym import BaseEnv

    env = BaseEnv(game)
    for timed in (False, True):
        env.reset(seed=0)
        start = time.perf_counter()
        for k in range(steps):
            _, _, term, trunc, _ = env.step(actions[k])
            if term or trunc:
                env.reset()
        if timed:
            return steps / (time.perf_counter() - start)


def time_bare(game, steps, actions):
    from minatar import Environment

    env = Environment(game)
    env.seed(0)
    for timed in (False, True):
        env.reset()
        start = time.perf_counter()
        for k in range(steps):
            _, done = env.act(actions[k])
            env.state()
            if done:
                env.reset()
        if timed:
            return steps / (time.perf_counter() - start)


def time_ours(env_id, steps):
    out = subprocess.run([os.path.join(ROOT, "jym"), "bench", env_id, "--modes", "unwrapped,make",
                          "--steps", str(steps), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--game", default="breakout", choices=list(IDS))
    p.add_argument("--steps", type=int, default=200_000, help="timed steps of the original")
    p.add_argument("--our-steps", type=int, default=5_000_000, help="timed steps of ours")
    a = p.parse_args()
    actions = [int(x) for x in np.random.default_rng(0).integers(0, 6, a.steps)]
    gym_rate = time_gym(a.game, a.steps, actions)
    bare_rate = time_bare(a.game, a.steps, actions)
    env_id = f"MinAtar/{IDS[a.game]}-v0"
    print(f"original {env_id} gymnasium env: {gym_rate:,.0f} steps/s")
    print(f"original {env_id} Environment.act + state(): {bare_rate:,.0f} steps/s")
    for row in time_ours(env_id, a.our_steps):
        rate = row["steps_per_second"]
        print(f"ours {env_id} {row['mode']}: {rate:,.0f} steps/s "
              f"({rate / gym_rate:.0f}x the original's gymnasium env)")


if __name__ == "__main__":
    main()
