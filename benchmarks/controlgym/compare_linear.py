"""Replays controlgym's linear envs through `jym rollout` and prints the largest relative errors,
as compare_pde.py does for the PDEs: for each system and seed, controlgym's env is reset with the
seed and stepped for a whole episode with random actions (numpy default_rng(seed + 1000), uniform
in [-1, 1]); the actions go to `./jym rollout controlgym/NAME-v0 --seed SEED --actions FILE` and
observations and rewards are compared step by step (relative error floored at 1e-3 of the largest
|value| of the episode).

Usage (from the repository root):
  CONTROLGYM_SRC=/path/to/controlgym OPENBLAS_NUM_THREADS=1 \
      python benchmarks/controlgym/compare_linear.py [--seeds 0 1] [--envs he1 cm5 ...]
"""
import argparse
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_pde import rel_error, replay, steps_within  # noqa: E402
from controlgym_import import linear_env  # noqa: E402
from speed_linear import NAMES  # noqa: E402


def record(name, seed):
    env = linear_env(name, seed=0)
    obs, _ = env.reset(seed=seed)
    rng = np.random.default_rng(seed + 1000)
    observations, rewards, actions = [obs], [], []
    for _ in range(env.n_steps):
        action = rng.uniform(-1, 1, env.n_action)
        obs, reward, terminated, truncated, _ = env.step(action)
        actions.append(action)
        observations.append(obs)
        rewards.append(reward)
        if terminated or truncated:
            break
    return np.array(observations), np.array(rewards), actions


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envs", nargs="*", default=NAMES)
    parser.add_argument("--seeds", nargs="*", type=int, default=[0, 1])
    args = parser.parse_args()
    worst = 0.0
    print(f"{'env':6s} {'seed':>4s} {'steps':>5s} {'max rel err obs':>16s} "
          f"{'max rel err reward':>19s} {'steps within 1e-6':>18s}")
    for name in args.envs:
        for seed in args.seeds:
            obs_t, rew_t, actions = record(name, seed)
            obs_o, rew_o = replay(name, seed, actions)
            e_obs, e_rew = rel_error(obs_o, obs_t), rel_error(rew_o, rew_t)
            worst = max(worst, e_obs, e_rew)
            within = steps_within(obs_o, obs_t, rew_o, rew_t)
            print(f"{name:6s} {seed:4d} {len(actions):5d} {e_obs:16.3e} {e_rew:19.3e} {within:18d}",
                  flush=True)
    print(f"worst relative error: {worst:.3e}")


if __name__ == "__main__":
    main()
