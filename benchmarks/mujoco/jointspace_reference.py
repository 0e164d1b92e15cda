"""Reference states for JointSpaceReferenceTest: MuJoCo itself stepping Gymnasium's model files.

    python benchmarks/mujoco/jointspace_reference.py   # gymnasium 1.x + mujoco 3.x

For each model: qpos_i = 0.05 (i + 1) (-1)^i, qvel_i = 0.3 (i + 1), then steps of the model's
integrator and timestep with ctrl_u = 1.5 sin(0.1 k + u) at step k (clamped by MuJoCo to the
control range);
prints qpos, qvel and qfrc_constraint after steps 1, 10 and 50 as Java array literals.
Hopper and Walker2d (contacts) start from the states in HOPPER and WALKER instead and also print
ncon: Hopper landing on its foot, and folded so that the leg and then the foot touch the torso;
Walker2d landing on both feet. HalfCheetah (Euler with implicit damping) starts from HALF_CHEETAH:
dropped onto both feet, and with its back foot 0.015 rad past its limit and driven further
(solimplimit "0 .8 .03"). Pusher (pusher_v5.xml) starts from PUSHER: the arm swinging with the
puck resting on the table (its three plane-cylinder contacts), the wrist's capsules pressed into
the table, and the palm and a finger pressed into the puck's side (capsule-cylinder, which MuJoCo
finds with its general convex collider). Ant (free root: qpos has 15 entries, a quaternion off
unit length as Gymnasium's reset noise leaves it; RK4) starts from the states in ANT: landing on
its legs, a hip past its limit, and upside down with the torso's sphere on the floor; it also
prints cfrc_ext of bodies 1.. (after mj_rnePostConstraint, as Gymnasium calls it).
"""
import os

import gymnasium
import mujoco
import numpy as np

ASSETS = os.path.join(os.path.dirname(gymnasium.__file__), "envs", "mujoco", "assets")


HOPPER = {
    "landing": ([0, 1.2, 0.05, -0.1, -0.2, 0.3], [0.5, -1, 0.3, 0.6, 0.9, 1.2]),
    "leg on torso": ([0, 1.25, 0, -1.7260956425812832, -2.2092733860734186, -0.07945701336114086],
                     [0, 0, 0.1, -0.2, -0.3, 0.2]),
    "foot on torso": ([0, 1.25, 0, -1.5684450934010945, -2.07436295566374, 0.7006481738175829],
                      [0, 0, -0.1, 0.2, -0.3, 0.5]),
}

WALKER = {
    "landing": ([0, 1.2, 0.05, -0.1, -0.2, 0.3, -0.4, -0.1, 0.2],
                [0.5, -1, 0.3, 0.6, 0.9, 1.2, -0.5, 0.4, -0.8]),
}

HALF_CHEETAH = {
    "landing": ([0, -0.05, 0.1, 0.5, -0.5, 0.3, -0.6, 0.8, -0.4],
                [1.0, -0.5, 0.4, 1.0, -2.0, 3.0, -1.0, 2.0, -3.0]),
    "foot past limit": ([0, 0.1, -0.05, 0.2, 0.1, 0.8, 0.4, -0.2, 0.3],
                        [0.5, 0.2, -0.3, 0.4, 0.5, 2.0, 0.7, -0.8, 0.9]),
}

PUSHER = {
    "swinging": ([0.3, -0.2, 0.4, -0.5, 0.6, -0.3, 0.2, -0.1, 0.05, 0.02, -0.03],
                 [1.0, -0.8, 0.6, -0.4, 0.9, -0.7, 0.5, 0, 0, 0, 0]),
    "wrist on table": ([0.763, 0.656, -0.463, -0.656, -0.046, -0.001, 0.828, -0.3, -0.2, 0, 0],
                       [0, 0.2, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
    "wrist on puck": ([-0.01, 0.472, 0.462, -0.284, 0.013, -0.679, -0.73,
                       -0.4551927633869816, 0.40179940384013074, 0, 0],
                      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
}

ANT = {
    "landing": ([0.1, -0.2, 0.62, 1.02, 0.05, -0.03, 0.1, 0.1, 0.9, -0.2, -0.8, 0.15, -0.9, -0.1, 0.85],
                [0.3, -0.2, -0.5, 0.4, -0.3, 0.2, 0.5, -1.0, 0.8, 0.6, -0.7, 1.1, -0.4, 0.9]),
    "hip past limit": ([0, 0, 0.58, 0.99, -0.04, 0.08, 0.02, 0.6, 0.4, -0.1, -1.3, 0.2, -0.7, -0.62, 1.1],
                       [0.1, 0.3, -0.2, -0.6, 0.5, 0.3, 2.0, -0.5, 0.4, -1.5, 0.3, 0.2, -1.8, 0.6]),
    "torso on the floor": ([0.2, 0.1, 0.265, 0.03, 1.01, 0.05, -0.02, 0.2, 0.7, -0.3, -0.9, 0.1, -0.6, 0.25, 1.0],
                           [0.4, -0.3, -0.8, 0.5, -0.4, 1.2, 0.3, -0.5, 0.6, 0.2, -0.4, 0.7, -0.6, 0.1]),
}


def run(xml, start_cart=None, start=None):
    m = mujoco.MjModel.from_xml_path(os.path.join(ASSETS, xml))
    d = mujoco.MjData(m)
    d.qpos[:] = [0.05 * (i + 1) * (1 if i % 2 == 0 else -1) for i in range(m.nq)]
    d.qvel[:] = [0.3 * (i + 1) for i in range(m.nv)]
    if start_cart is not None:
        d.qpos[0] = start_cart
    if start is not None:
        d.qpos[:], d.qvel[:] = start
    mujoco.mj_forward(m, d)
    out = {}
    for k in range(50):
        d.ctrl[:] = [1.5 * np.sin(0.1 * k + u) for u in range(m.nu)]
        mujoco.mj_step(m, d)
        if k + 1 in (1, 10, 50):
            mujoco.mj_rnePostConstraint(m, d)
            out[k + 1] = (d.qpos.copy(), d.qvel.copy(), d.qfrc_constraint.copy(), d.ncon,
                          d.cfrc_ext[1:].flatten())
    return out


def java(values):
    return "{" + ", ".join(repr(float(v)) for v in values) + "}"


if __name__ == "__main__":
    print(f"// mujoco {mujoco.__version__}, gymnasium {gymnasium.__version__}")
    for xml, cart in [("inverted_pendulum.xml", None), ("inverted_double_pendulum.xml", None),
                      ("inverted_double_pendulum.xml", 0.995), ("swimmer.xml", None),
                      ("reacher.xml", None)]:
        for step, (q, v, f, _, _) in run(xml, cart).items():
            print(f"{xml} cart={cart} step {step}: qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
    for name, start in HOPPER.items():
        for step, (q, v, f, n, _) in run("hopper.xml", start=start).items():
            print(f"hopper.xml {name} step {step}: ncon {n} qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
    for name, start in WALKER.items():
        for step, (q, v, f, n, _) in run("walker2d_v5.xml", start=start).items():
            print(f"walker2d_v5.xml {name} step {step}: ncon {n} qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
    for name, start in HALF_CHEETAH.items():
        for step, (q, v, f, n, _) in run("half_cheetah.xml", start=start).items():
            print(f"half_cheetah.xml {name} step {step}: ncon {n} qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
    for name, start in PUSHER.items():
        for step, (q, v, f, n, _) in run("pusher_v5.xml", start=start).items():
            print(f"pusher_v5.xml {name} step {step}: ncon {n} qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
    for name, start in ANT.items():
        for step, (q, v, f, n, c) in run("ant.xml", start=start).items():
            print(f"ant.xml {name} step {step}: ncon {n} qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}"
                  f" cfrc_ext {java(c)}")
