"""Reference states for JointSpaceReferenceTest: MuJoCo itself stepping Gymnasium's model files.

    python benchmarks/mujoco/jointspace_reference.py   # gymnasium 1.x + mujoco 3.x

For each model: qpos_i = 0.05 (i + 1) (-1)^i, qvel_i = 0.3 (i + 1), then RK4 steps (the model's
timestep) with ctrl_u = 1.5 sin(0.1 k + u) at step k (clamped by MuJoCo to the control range);
prints qpos, qvel and qfrc_constraint after steps 1, 10 and 50 as Java array literals.
"""
import os

import gymnasium
import mujoco
import numpy as np

ASSETS = os.path.join(os.path.dirname(gymnasium.__file__), "envs", "mujoco", "assets")


def run(xml, start_cart=None):
    m = mujoco.MjModel.from_xml_path(os.path.join(ASSETS, xml))
    d = mujoco.MjData(m)
    d.qpos[:] = [0.05 * (i + 1) * (1 if i % 2 == 0 else -1) for i in range(m.nq)]
    d.qvel[:] = [0.3 * (i + 1) for i in range(m.nv)]
    if start_cart is not None:
        d.qpos[0] = start_cart
    mujoco.mj_forward(m, d)
    out = {}
    for k in range(50):
        d.ctrl[:] = [1.5 * np.sin(0.1 * k + u) for u in range(m.nu)]
        mujoco.mj_step(m, d)
        if k + 1 in (1, 10, 50):
            out[k + 1] = (d.qpos.copy(), d.qvel.copy(), d.qfrc_constraint.copy())
    return out


def java(values):
    return "{" + ", ".join(repr(float(v)) for v in values) + "}"


if __name__ == "__main__":
    print(f"// mujoco {mujoco.__version__}, gymnasium {gymnasium.__version__}")
    for xml, cart in [("inverted_pendulum.xml", None), ("inverted_double_pendulum.xml", None),
                      ("inverted_double_pendulum.xml", 0.995), ("swimmer.xml", None),
                      ("reacher.xml", None)]:
        for step, (q, v, f) in run(xml, cart).items():
            print(f"{xml} cart={cart} step {step}: qpos {java(q)} qvel {java(v)} qfrc_constraint {java(f)}")
