"""Random-action episode lengths of MuJoCo's own Ant-v5 with its model changed one way at a time.

Shows which of MuJoCo's settings make its Ant jump out of the healthy z range (docs/mujoco-fidelity.md,
"Tried for Ant and not kept"). Same actions as fidelity.py: numpy's default_rng(seed) uniform in the
action space, float32. Needs gymnasium[mujoco] and numpy only.

    venv-fid/bin/python benchmarks/mujoco/ant_variants.py --seeds 10
"""

import argparse
import os
import sys

import gymnasium as gym
import mujoco
import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from fidelity import actions_for  # noqa: E402

NEAR_HARD_TIMESTEP = 0.005  # s: 10 ms env steps as 2 x 5 ms, like our ODE4J Ant


def near_hard(m):
    """Euler at 5 ms, contacts solref (2 h, 1) and solimp 0.99 (about ODE's ERP 0.25, CFM ~0), no
    margin, friction made hard by noslip."""
    m.opt.integrator = mujoco.mjtIntegrator.mjINT_EULER
    m.opt.timestep = NEAR_HARD_TIMESTEP
    m.geom_solref[:] = [2 * NEAR_HARD_TIMESTEP, 1]
    m.geom_solimp[:, :3] = [0.99, 0.99, 0.001]
    m.geom_margin[:] = 0
    m.opt.noslip_iterations = 30


def stiff_limits(m):
    m.jnt_solref[:] = [2 * NEAR_HARD_TIMESTEP, 1]
    m.jnt_solimp[:, :3] = [0.99, 0.99, 0.001]


# name -> (change to the compiled model, frame_skip)
VARIANTS = {
    "default": (lambda m: None, 5),
    "margin 0": (lambda m: m.geom_margin.__setitem__(slice(None), 0), 5),
    "elliptic cone": (lambda m: setattr(m.opt, "cone", mujoco.mjtCone.mjCONE_ELLIPTIC), 5),
    "noslip (hard friction)": (lambda m: setattr(m.opt, "noslip_iterations", 30), 5),
    "Euler": (lambda m: setattr(m.opt, "integrator", mujoco.mjtIntegrator.mjINT_EULER), 5),
    "near-hard contacts, Euler 5 ms": (near_hard, 10),
    "near-hard contacts and limits": (lambda m: (near_hard(m), stiff_limits(m)), 10),
    "no joint limits": (lambda m: m.jnt_limited.__setitem__(slice(None), 0), 5),
    "armature 0.1": (lambda m: m.dof_armature.__setitem__(slice(6, None), 0.1), 5),
}


def episode_length(change, frame_skip, seed):
    env = gym.make("Ant-v5", frame_skip=frame_skip)
    change(env.unwrapped.model)
    actions = actions_for(env, seed, 1000)
    env.reset(seed=seed)
    for t, a in enumerate(actions):
        _, _, terminated, truncated, _ = env.step(a)
        if terminated or truncated:
            break
    env.close()
    return t + 1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10, help="seeds 0..N-1 (default 10)")
    args = parser.parse_args()
    print(f"MuJoCo {mujoco.__version__}, Gymnasium {gym.__version__}, seeds 0-{args.seeds - 1}\n")
    print("| MuJoCo's Ant-v5 changed | median ep. length | lengths |")
    print("|---|---|---|")
    for name, (change, frame_skip) in VARIANTS.items():
        lengths = [episode_length(change, frame_skip, s) for s in range(args.seeds)]
        print(f"| {name} | {np.median(lengths):g} | {', '.join(map(str, lengths))} |")


if __name__ == "__main__":
    main()
