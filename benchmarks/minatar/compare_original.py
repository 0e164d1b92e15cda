"""Replays whole episodes of random actions through MinAtar (kenjyoung/MinAtar) and through
`jym rollout`, and reports every step where observations, rewards or flags differ.

For each game, version (v0 full action set, v1 minimal) and seed: a fresh MinAtar Gymnasium env
(`minatar.gym.BaseEnv`, default kwargs: sticky actions 0.1, difficulty ramping on) is reset with
the seed and stepped with uniformly random actions until it terminates (or --max-steps); the same
actions are then replayed with `./jym rollout MinAtar/<Game>-vN --seed S --actions FILE`.

Needs MinAtar's source on PYTHONPATH (it runs from a source tree; only numpy and gymnasium are
needed) and the repository's `jym` script (JYM_NO_BUILD=1 skips its build check). Usage:

    PYTHONPATH=/path/to/MinAtar python compare_original.py --seeds 0 1 2 3 4
    python compare_original.py --games breakout --seeds 7 --save-dir /tmp/episodes
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

GAMES = {
    "asterix": "Asterix",
    "breakout": "Breakout",
    "freeway": "Freeway",
    "seaquest": "Seaquest",
    "space_invaders": "SpaceInvaders",
}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def record(game, minimal, seed, max_steps):
    """One episode of the original: observations, rewards, flags and the actions taken."""
    from minatar.gym import BaseEnv

    env = BaseEnv(game, use_minimal_action_set=minimal)
    action_rng = np.random.default_rng(1000 + seed)
    obs, _ = env.reset(seed=seed)
    steps = [dict(obs=obs.astype(np.uint8), reward=None, terminated=False, truncated=False)]
    actions = []
    for _ in range(max_steps):
        a = choose(game, env, action_rng)
        obs, reward, terminated, truncated, _ = env.step(a)
        actions.append(a)
        steps.append(dict(obs=obs.astype(np.uint8), reward=float(reward),
                          terminated=bool(terminated), truncated=bool(truncated)))
        if terminated or truncated:
            break
    return actions, steps


def choose(game, env, rng):
    """A uniformly random action, except in Seaquest, where pure random play surfaces without
    divers within a few steps: there the sub does not go up to the surface without divers, and
    heads up when it carries divers and runs low on oxygen, so that episodes reach rescues,
    surfacing, ramping and running out of oxygen. Reads the original's state; only the chosen
    actions are replayed."""
    n = env.action_space.n
    if game != "seaquest":
        return int(rng.integers(n))
    up = env.action_set.index(2)
    state = env.game.env
    if state.diver_count > 0 and state.oxygen < 40 and rng.random() < 0.8:
        return up
    while True:
        a = int(rng.integers(n))
        if a != up or state.diver_count != 0 or state.sub_y > 1:
            return a


def replay(env_id, seed, actions, mvn_opts):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(str(a) for a in actions) + "\n")
        path = f.name
    try:
        env = dict(os.environ, JYM_MVN_OPTS=mvn_opts)
        out = subprocess.run([os.path.join(ROOT, "jym"), "rollout", env_id, "--seed", str(seed),
                              "--actions", path, "--format", "jsonl"],
                             capture_output=True, text=True, env=env, check=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def compare(ours, theirs):
    """Mismatch descriptions, one per differing step (empty when identical)."""
    problems = []
    if len(ours) != len(theirs):
        problems.append(f"length: ours {len(ours) - 1} steps, original {len(theirs) - 1}")
    for k, (o, t) in enumerate(zip(ours, theirs)):
        obs = np.asarray(o["obs"], dtype=np.uint8)
        diff = []
        if obs.shape != t["obs"].shape:
            diff.append(f"obs shape {obs.shape} vs {t['obs'].shape}")
        elif not np.array_equal(obs, t["obs"]):
            cells = np.argwhere(obs != t["obs"])[:4].tolist()
            diff.append(f"obs differs at [y, x, c] {cells}")
        if k > 0:
            if o["reward"] != t["reward"]:
                diff.append(f"reward {o['reward']} vs {t['reward']}")
            if o["terminated"] != t["terminated"] or o["truncated"] != t["truncated"]:
                diff.append(f"flags {o['terminated']},{o['truncated']} vs "
                            f"{t['terminated']},{t['truncated']}")
        if diff:
            problems.append(f"step {k}: " + "; ".join(diff))
    return problems


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--games", nargs="+", default=list(GAMES), choices=list(GAMES))
    p.add_argument("--versions", nargs="+", default=["v0", "v1"], choices=["v0", "v1"])
    p.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2, 3, 4])
    p.add_argument("--max-steps", type=int, default=5000)
    p.add_argument("--mvn-opts", default=os.environ.get("JYM_MVN_OPTS", ""))
    p.add_argument("--save-dir", help="also write each episode's actions, rewards and flags here")
    args = p.parse_args()

    failures = 0
    for game in args.games:
        for version in args.versions:
            env_id = f"MinAtar/{GAMES[game]}-{version}"
            for seed in args.seeds:
                actions, theirs = record(game, version == "v1", seed, args.max_steps)
                ours = replay(env_id, seed, actions, args.mvn_opts)
                problems = compare(ours, theirs)
                ret = sum(s["reward"] for s in theirs[1:])
                status = "OK" if not problems else f"{len(problems)} MISMATCHES"
                print(f"{env_id} seed {seed}: {len(actions)} steps, return {ret:g}: {status}")
                for line in problems[:5]:
                    print("   ", line)
                failures += bool(problems)
                if args.save_dir:
                    os.makedirs(args.save_dir, exist_ok=True)
                    name = f"{GAMES[game]}-{version}-seed{seed}.json"
                    with open(os.path.join(args.save_dir, name), "w") as f:
                        json.dump(dict(id=env_id, seed=seed, actions=actions,
                                       rewards=[s["reward"] for s in theirs[1:]],
                                       terminated=theirs[-1]["terminated"]), f)
    print("all episodes identical" if not failures else f"{failures} episodes differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
