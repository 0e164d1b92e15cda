"""Replays controlgym's PDE envs through `jym rollout` and prints the largest relative errors.

For each env and seed: builds controlgym's env, resets it with the seed, steps it with random
actions (numpy default_rng(seed + 1000), uniform in [-1, 1]) for a whole episode, writes the
actions to a file, runs `./jym rollout controlgym/NAME-v0 --seed SEED --actions FILE` and compares
observations and rewards step by step. Relative error: |ours - theirs| / max(|theirs|, 1e-3 *
scale), scale the largest |value| of that quantity over the episode; the last column counts the
leading steps that agree to 1e-6 (the chaotic Kuramoto-Sivashinsky env amplifies rounding
differences, so late steps drift apart).

Usage (from the repository root):
  CONTROLGYM_SRC=/path/to/controlgym OPENBLAS_NUM_THREADS=1 \
      python benchmarks/controlgym/compare_pde.py [--seeds 0 1] [--envs burgers wave ...]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from controlgym_import import PDE_CLASSES, pde_class  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def record(name, seed, action_scale):
    env = pde_class(name)(seed=0)
    obs, _ = env.reset(seed=seed)
    rng = np.random.default_rng(seed + 1000)
    observations, rewards, actions = [obs], [], []
    for _ in range(env.n_steps):
        action = rng.uniform(-action_scale, action_scale, env.n_action)
        obs, reward, terminated, truncated, _ = env.step(action)
        actions.append(action)
        observations.append(obs)
        rewards.append(reward)
        if terminated or truncated:
            break
    return np.array(observations), np.array(rewards), actions


def replay(name, seed, actions):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for a in actions:
            f.write(json.dumps([float(v) for v in a]) + "\n")
        path = f.name
    out = subprocess.run(
        [os.path.join(ROOT, "jym"), "rollout", "controlgym/" + name + "-v0", "--seed", str(seed),
         "--actions", path],
        check=True, capture_output=True, text=True).stdout
    os.unlink(path)
    lines = [json.loads(line) for line in out.splitlines() if line.strip()]
    observations = np.array([line["obs"] for line in lines])
    rewards = np.array([line["reward"] for line in lines[1:]])
    return observations, rewards


def rel_error(ours, theirs):
    if ours.shape != theirs.shape:
        return float("inf")
    scale = 1e-3 * max(np.max(np.abs(theirs)), 1e-300)
    return float(np.max(np.abs(ours - theirs) / np.maximum(np.abs(theirs), scale)))


def steps_within(ours_obs, theirs_obs, ours_rew, theirs_rew, tol=1e-6):
    """Leading steps whose observation and reward both agree to tol (relative, as rel_error)."""
    if ours_obs.shape != theirs_obs.shape or ours_rew.shape != theirs_rew.shape:
        return 0
    for t in range(len(theirs_rew)):
        if (rel_error(ours_obs[: t + 2], theirs_obs[: t + 2]) > tol
                or rel_error(ours_rew[: t + 1], theirs_rew[: t + 1]) > tol):
            return t
    return len(theirs_rew)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--envs", nargs="*", default=sorted(PDE_CLASSES))
    parser.add_argument("--seeds", nargs="*", type=int, default=[0, 1, 2])
    parser.add_argument("--action-scale", type=float, default=1.0)
    args = parser.parse_args()
    worst = 0.0
    print(f"{'env':32s} {'seed':>4s} {'steps':>5s} {'max rel err obs':>16s} "
          f"{'max rel err reward':>19s} {'steps within 1e-6':>18s}")
    for name in args.envs:
        for seed in args.seeds:
            obs_t, rew_t, actions = record(name, seed, args.action_scale)
            obs_o, rew_o = replay(name, seed, actions)
            e_obs, e_rew = rel_error(obs_o, obs_t), rel_error(rew_o, rew_t)
            worst = max(worst, e_obs, e_rew)
            within = steps_within(obs_o, obs_t, rew_o, rew_t)
            print(f"{name:32s} {seed:4d} {len(actions):5d} {e_obs:16.3e} {e_rew:19.3e} {within:18d}",
                  flush=True)
    print(f"worst relative error: {worst:.3e}")


if __name__ == "__main__":
    main()
