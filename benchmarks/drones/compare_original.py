"""Replays one action sequence through gym-pybullet-drones and through `jym rollout`, and prints
the largest observation differences per step range.

Needs the original importable (its source on PYTHONPATH, with pybullet, numpy 2, scipy and
gymnasium installed). Usage:

    python compare_original.py --env HoverAviary-v0 --act rpm --physics dyn --steps 242
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile

import numpy as np

DIMS = {"rpm": 4, "one_d_rpm": 1, "pid": 3, "vel": 4, "one_d_pid": 1}


def original_env(name, kwargs):
    from gym_pybullet_drones.utils.enums import ActionType, DroneModel, ObservationType, Physics

    args = dict(
        drone_model=DroneModel(kwargs["drone_model"]),
        physics=Physics(kwargs["physics"]),
        obs=ObservationType.KIN,
        act=ActionType(kwargs["act"]),
    )
    if name == "HoverAviary-v0":
        from gym_pybullet_drones.envs.HoverAviary import HoverAviary

        return HoverAviary(**args)
    from gym_pybullet_drones.envs.MultiHoverAviary import MultiHoverAviary

    return MultiHoverAviary(num_drones=kwargs["num_drones"], **args)


def actions_for(act, num_drones, steps, seed, scale):
    rng = np.random.default_rng(seed)
    dim = DIMS[act]
    if act == "pid":
        # Targets around (0, 0, 1), as a hovering policy would give.
        base = np.array([0.0, 0.0, 1.0])[:dim]
        return [(base + scale * rng.standard_normal((num_drones, dim))).clip(-1, 1).astype(np.float32)
                for _ in range(steps)]
    return [(scale * rng.standard_normal((num_drones, dim))).clip(-1, 1).astype(np.float32)
            for _ in range(steps)]


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--env", default="HoverAviary-v0")
    p.add_argument("--act", default="rpm")
    p.add_argument("--physics", default="dyn")
    p.add_argument("--drone-model", default="cf2x")
    p.add_argument("--num-drones", type=int, default=2)
    p.add_argument("--engine", default="ode4j")
    p.add_argument("--steps", type=int, default=242)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--scale", type=float, default=0.1, help="action noise (std)")
    a = p.parse_args()
    kwargs = {"drone_model": a.drone_model, "physics": a.physics, "act": a.act}
    n = 1
    if a.env == "MultiHoverAviary-v0":
        kwargs["num_drones"] = n = a.num_drones
    actions = actions_for(a.act, n, a.steps, a.seed, a.scale)

    env = original_env(a.env, kwargs)
    obs, _ = env.reset(seed=a.seed)
    theirs = [np.asarray(obs, dtype=np.float32).ravel()]
    for act in actions:
        obs, _, term, trunc, _ = env.step(act)
        theirs.append(np.asarray(obs, dtype=np.float32).ravel())
        if term or trunc:
            break
    env.close()

    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for act in actions[: len(theirs) - 1]:
            f.write(json.dumps([float(v) for v in act.ravel()]) + "\n")
    jkwargs = dict(kwargs)
    jkwargs["engine"] = a.engine
    out = subprocess.run(
        [os.path.join(root, "jym"), "rollout", a.env, "--seed", str(a.seed), "--actions", f.name,
         "--kwargs", json.dumps(jkwargs)],
        check=True, capture_output=True, text=True).stdout
    ours = [np.asarray(json.loads(line)["obs"], dtype=np.float32).ravel()
            for line in out.splitlines() if line.strip()]
    steps = min(len(ours), len(theirs))
    worst_abs = worst_rel = worst_pos = worst_rpy = 0.0
    first_bad = None
    first_diff = None
    for k in range(steps):
        diff = np.abs(ours[k].astype(np.float64) - theirs[k])
        rel = diff / np.maximum(np.abs(theirs[k].astype(np.float64)), 1.0)
        worst_abs = max(worst_abs, diff.max())
        worst_pos = max(worst_pos, diff[0:3].max())
        worst_rpy = max(worst_rpy, diff[3:6].max())
        worst_rel = max(worst_rel, rel.max())
        if first_diff is None and diff.max() > 0:
            first_diff = k
        if first_bad is None and rel.max() > 1e-6:
            first_bad = k
    print(json.dumps({"env": a.env, **kwargs, "steps_original": len(theirs) - 1,
                      "steps_ours": len(ours) - 1, "max_abs": worst_abs,
                      "max_rel_floor1": worst_rel,
                      "max_pos_m": worst_pos, "max_rpy_rad": worst_rpy, "first_step_over_1e-6": first_bad,
                      "first_step_differing": first_diff}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
