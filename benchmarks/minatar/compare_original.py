"""Replays whole episodes of random actions through MinAtar (kenjyoung/MinAtar) and through
`jym rollout`, and reports every step where observations, rewards or flags differ.

For each game, version (v0 full action set, v1 minimal) and seed: a fresh MinAtar Gymnasium env
(`minatar.gym.BaseEnv`, default kwargs: sticky actions 0.1, difficulty ramping on) is reset with
the seed and stepped with uniformly random actions until it terminates (or --max-steps); the same
actions are then replayed with `./jym rollout MinAtar/<Game>-vN --seed S --actions FILE`.

Needs MinAtar's source on PYTHONPATH (it runs from a source tree; only numpy and gymnasium are
needed) and the repository's `jym` script (JYM_NO_BUILD=1 skips its build check). Usage:

    PYTHONPATH=/path/to/MinAtar python compare_original.py --seeds 0 1 2 3 4
    PYTHONPATH=/path/to/MinAtar python compare_original.py --policy survive --seeds 0 1 2
    python compare_original.py --games breakout --seeds 7 --save-dir /tmp/episodes
"""

import argparse
import copy
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


def record(game, minimal, seed, max_steps, policy):
    """One episode of the original: observations, rewards, flags and the actions taken."""
    from minatar.gym import BaseEnv

    env = BaseEnv(game, use_minimal_action_set=minimal)
    action_rng = np.random.default_rng(1000 + seed)
    obs, _ = env.reset(seed=seed)
    steps = [dict(obs=obs.astype(np.uint8), reward=None, terminated=False, truncated=False)]
    actions = []
    for _ in range(max_steps):
        a = choose(policy, env, action_rng)
        obs, reward, terminated, truncated, _ = env.step(a)
        actions.append(a)
        steps.append(dict(obs=obs.astype(np.uint8), reward=float(reward),
                          terminated=bool(terminated), truncated=bool(truncated)))
        if terminated or truncated:
            break
    ramp = env.game.env.difficulty_ramp()
    return actions, steps, ramp


def choose(policy, env, rng):
    """An action for the original env. "random": uniform. "survive": uniform among the actions
    after which a copy of the env (its RandomState included, so the copy sees the same sticky
    draw) is not terminated, when there are such actions; random play ends most games within a
    few dozen steps, this reaches ramping, rescues and surfacing (and, firing half the time in Space
    Invaders, cleared waves). Either way only
    the chosen actions are replayed."""
    n = env.action_space.n
    if policy == "random":
        return int(rng.integers(n))
    safe = [a for a in range(n) if not copy.deepcopy(env).step(a)[2]]
    fire = env.action_set.index(5) if 5 in env.action_set else None
    if env.game.env_name == "space_invaders" and fire in safe and rng.random() < 0.5:
        return fire  # enough shots to clear a wave
    return int(rng.choice(safe)) if safe else int(rng.integers(n))


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


def reference_line(env_id, seed, actions, steps, ramp):
    """`id seed actions rewards length terminated ramp final-obs`: actions as digits, rewards as
    step:reward pairs (nonzero only, "-" if none), ramp the final difficulty_ramp() ("-" for
    None), final-obs as the flat [y][x][c] indices of its
    set cells."""
    rewards = ",".join(f"{k}:{s['reward']:g}" for k, s in enumerate(steps) if k and s["reward"])
    cells = ",".join(str(i) for i in np.flatnonzero(steps[-1]["obs"]))
    return (f"{env_id} {seed} {''.join(str(a) for a in actions)} {rewards or '-'} "
            f"{len(actions)} {str(steps[-1]['terminated']).lower()} "
            f"{'-' if ramp is None else ramp} {cells}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--games", nargs="+", default=list(GAMES), choices=list(GAMES))
    p.add_argument("--versions", nargs="+", default=["v0", "v1"], choices=["v0", "v1"])
    p.add_argument("--seeds", nargs="+", type=int, default=[0, 1, 2, 3, 4])
    p.add_argument("--max-steps", type=int, default=3000)
    p.add_argument("--policy", choices=["random", "survive"], default="random")
    p.add_argument("--mvn-opts", default=os.environ.get("JYM_MVN_OPTS", ""))
    p.add_argument("--save-dir", help="also write each episode's actions, rewards and flags here")
    p.add_argument("--reference", help="append each episode as one line of the unit tests' "
                   "reference format (see reference_line) to this file")
    args = p.parse_args()

    failures = 0
    for game in args.games:
        for version in args.versions:
            env_id = f"MinAtar/{GAMES[game]}-{version}"
            for seed in args.seeds:
                actions, theirs, ramp = record(game, version == "v1", seed, args.max_steps,
                                         args.policy)
                ours = replay(env_id, seed, actions, args.mvn_opts)
                problems = compare(ours, theirs)
                ret = sum(s["reward"] for s in theirs[1:])
                status = "OK" if not problems else f"{len(problems)} MISMATCHES"
                print(f"{env_id} seed {seed}: {len(actions)} steps, return {ret:g}, "
                      f"ramp index {ramp}: {status}")
                for line in problems[:5]:
                    print("   ", line)
                failures += bool(problems)
                if args.reference:
                    with open(args.reference, "a") as f:
                        f.write(reference_line(env_id, seed, actions, theirs, ramp) + "\n")
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
