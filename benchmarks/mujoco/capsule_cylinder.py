"""MuJoCo's capsule-cylinder contacts on Gymnasium's pusher_v5.xml against the exact nearest points.

    python benchmarks/mujoco/capsule_cylinder.py   # gymnasium 1.x + mujoco 3.x

MuJoCo finds a capsule-cylinder contact with its general convex collider (GJK/EPA, tolerance
ccd_tolerance); the joint-space engine (CylinderContacts) takes the point of the capsule's segment
nearest the solid cylinder (deepest where they overlap). For random poses of the arm near the
one in ContactReferenceTest's "wrist on puck" replay, with the puck moved against one of the wrist's
capsules, this prints for the first contact of each capsule-puck pair how far MuJoCo's distance,
position and normal lie from the exact ones, found here by sampling the segment at 200,001 points
(a resolution of 1e-6 m along the capsule, which bounds what the position and normal columns
can resolve).
"""
import os

import gymnasium
import mujoco
import numpy as np

ASSETS = os.path.join(os.path.dirname(gymnasium.__file__), "envs", "mujoco", "assets")
PUCK = 18
CAPSULES = (13, 14, 15)
ARM = [-0.01, 0.472, 0.462, -0.284, 0.013, -0.679, -0.73]


def signed_distance(p, radius, half):
    outside = np.hypot(p[0], p[1]) - radius
    above = abs(p[2]) - half
    if outside <= 0 and above <= 0:
        return max(outside, above)
    return np.hypot(max(outside, 0), max(above, 0))


def exact(m, d, g):
    """Distance, position and normal (capsule to puck) of the nearest points, world frame."""
    c1, r1 = d.geom_xpos[g], d.geom_xmat[g].reshape(3, 3)
    rad1, half1 = m.geom_size[g][:2]
    c2, r2 = d.geom_xpos[PUCK], d.geom_xmat[PUCK].reshape(3, 3)
    rad2, half2 = m.geom_size[PUCK][:2]
    o, u = r2.T @ (c1 - c2), r2.T @ (r1[:, 2] * half1)
    ts = np.linspace(-1, 1, 200001)
    f = np.array([signed_distance(o + t * u, rad2, half2) for t in ts])
    q = o + ts[f.argmin()] * u
    rho = np.hypot(q[0], q[1])
    radial = np.array([q[0] / rho, q[1] / rho, 0])
    outside, above = rho - rad2, abs(q[2]) - half2
    if outside > 0 or above > 0:
        nearest = np.array([radial[0] * min(rho, rad2), radial[1] * min(rho, rad2),
                            np.clip(q[2], -half2, half2)])
        n = (nearest - q) / np.linalg.norm(nearest - q)
    elif outside > above:
        n = -radial
    else:
        n = np.array([0, 0, -np.sign(q[2])])
    dist = f.min() - rad1
    return dist, r2 @ (q + n * (rad1 + dist / 2)) + c2, r2 @ n


def main(cases=6, seed=1):
    m = mujoco.MjModel.from_xml_path(os.path.join(ASSETS, "pusher_v5.xml"))
    d = mujoco.MjData(m)
    rng = np.random.default_rng(seed)
    print(f"mujoco {mujoco.__version__}, gymnasium {gymnasium.__version__}")
    found = 0
    while found < cases:
        qpos = np.zeros(m.nq)
        qpos[:7] = np.array(ARM) + rng.normal(0, 0.05, 7)
        d.qpos[:] = qpos
        mujoco.mj_kinematics(m, d)
        g = rng.choice(CAPSULES)
        half_axis = d.geom_xmat[g].reshape(3, 3)[:, 2] * m.geom_size[g][1]
        point = d.geom_xpos[g] + half_axis * rng.uniform(-1, 1)
        if not -0.32 < point[2] < -0.23:
            continue
        direction = rng.normal(size=2)
        direction /= np.linalg.norm(direction)
        target = point[:2] + direction * (0.07 - rng.uniform(0, 0.003))
        qpos[7], qpos[8] = target[1] + 0.05, target[0] - 0.45
        d.qpos[:] = qpos
        mujoco.mj_forward(m, d)
        first = {}
        for c in d.contact[:d.ncon]:
            if c.geom2 == PUCK and c.geom1 in CAPSULES and c.geom1 not in first:
                first[c.geom1] = c
        for g, c in first.items():
            dist, pos, normal = exact(m, d, g)
            angle = np.arccos(min(1.0, float(np.dot(c.frame[:3], normal))))
            print(f"capsule {g}, depth {-c.dist * 1e3:.4f} mm: distance {c.dist - dist:.1e} m, "
                  f"position {np.linalg.norm(c.pos - pos):.1e} m, normal {angle:.1e} rad")
        found += bool(first)


if __name__ == "__main__":
    main()
