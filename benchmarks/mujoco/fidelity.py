"""Fidelity of Jymnasium's MuJoCo v5 envs against Gymnasium + MuJoCo.

For each env and seed it draws one random action sequence (numpy's default_rng(seed), uniform in
the action space, float32), replays it through Gymnasium's env (MuJoCo) and through
`jym rollout ID --seed S --actions FILE --format jsonl` on each engine, and reports:

- reset error: max |o_ours - o_mj| of the reset observations (same seed, same reset noise);
- relative observation error ||o_ours - o_mj|| / (||o_mj|| + 1e-3) at steps 1, 5, 10 and 20,
  median over the seeds (Hopper, Walker2d and Ant run these with terminate_when_unhealthy=False
  so that every seed reaches step 20; InvertedPendulum and InvertedDoublePendulum cannot switch
  termination off, so their medians are over the seeds still running at that step, shown as n/N);
- reward error: the largest |r_ours - r_mj| over steps 1 to 20 (those both sides reach), largest
  over the seeds;
- random-action episode length: median over the seeds of the steps until termination or the
  time limit, both sides driven by the same action sequence with termination on;
- speed: single-thread steps per second of the unwrapped env with random actions, ours from
  `jym bench ID --modes unwrapped`, MuJoCo's from a loop over `env.unwrapped.step`, measured in
  the same run.

Writes a Markdown report (default docs/mujoco-fidelity.md, between the generated-table markers,
keeping the hand-written text around them). Needs `pip install "gymnasium[mujoco]"`. Usage, from
the repository root:

    python benchmarks/mujoco/fidelity.py                         # all nine envs, 10 seeds
    python benchmarks/mujoco/fidelity.py --envs Hopper-v5 --seeds 3 --engines ode4j --no-write
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

import numpy as np

ENVS = [
    "Hopper-v5",
    "Walker2d-v5",
    "HalfCheetah-v5",
    "Ant-v5",
    "Swimmer-v5",
    "InvertedPendulum-v5",
    "InvertedDoublePendulum-v5",
    "Reacher-v5",
    "Pusher-v5",
]
# The models the joint-space engine simulates; other envs skip that engine.
JOINT_SPACE = {"Swimmer-v5", "InvertedPendulum-v5", "InvertedDoublePendulum-v5", "Reacher-v5", "Hopper-v5",
               "Walker2d-v5", "HalfCheetah-v5", "Pusher-v5", "Ant-v5"}
# Envs whose termination can be switched off for the error runs.
SWITCHABLE = {"Hopper-v5", "Walker2d-v5", "Ant-v5"}
# Envs that never terminate: their episode length is the time limit on both sides.
NEVER_TERMINATE = {"HalfCheetah-v5", "Swimmer-v5", "Reacher-v5", "Pusher-v5"}
ERROR_STEPS = (1, 5, 10, 20)
START, END = "<!-- fidelity:start -->", "<!-- fidelity:end -->"
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def actions_for(env, seed, n):
    space = env.action_space
    rng = np.random.default_rng(seed)
    return rng.uniform(space.low, space.high, size=(n, space.shape[0])).astype(np.float32)


def mujoco_rollout(env_id, seed, actions, kwargs):
    """Observations and rewards of Gymnasium's env: reset with the seed, then one per action until
    done (the reset's reward None)."""
    import gymnasium as gym

    env = gym.make(env_id, **kwargs)
    obs, _ = env.reset(seed=seed)
    out, rewards = [np.asarray(obs, dtype=np.float64)], [None]
    for a in actions:
        obs, reward, terminated, truncated, _ = env.step(a)
        out.append(np.asarray(obs, dtype=np.float64))
        rewards.append(float(reward))
        if terminated or truncated:
            break
    env.close()
    return out, rewards


JYM = [os.path.join(ROOT, "jym")]


def jym_cmd(args):
    return JYM + args


def jym_env():
    env = dict(os.environ)
    env.setdefault("JYM_NO_BUILD", "1")
    return env


class Ours:
    """Our rollouts: `jym rollout` per run, or (default) batched in one JVM by RolloutBatch.java,
    which makes, resets and steps the env exactly as `jym rollout` does."""

    def __init__(self, driver, tmpdir):
        self.driver, self.tmpdir, self.jobs = driver, tmpdir, []

    def submit(self, env_id, seed, actions, kwargs, engine):
        tag = f"{env_id}-{seed}-{engine}-{len(actions)}-{len(kwargs)}"
        path = os.path.join(self.tmpdir, tag + ".actions")
        with open(path, "w") as f:
            for a in actions:
                f.write(json.dumps([float(x) for x in a]) + "\n")
        out = os.path.join(self.tmpdir, tag + ".obs")
        self.jobs.append((env_id, seed, json.dumps(dict(kwargs, engine=engine)), path, out))
        return out

    def run(self, pool):
        if self.driver == "batch":
            launcher = os.path.dirname(os.path.abspath(JYM[0]))
            cp = os.path.join(launcher, "cli", "target", "jym.jar") + os.pathsep + os.path.join(
                launcher, "cli", "target", "lib", "*")
            source = os.path.join(os.path.dirname(os.path.abspath(__file__)), "RolloutBatch.java")
            jobs = "".join("\t".join(map(str, j)) + "\n" for j in self.jobs)
            subprocess.run(["java", "-cp", cp, source], input=jobs, text=True, check=True,
                           stdout=subprocess.DEVNULL)
        else:
            list(pool.map(self._rollout, self.jobs))
        self.jobs = []

    def _rollout(self, job):
        env_id, seed, kwargs, path, out = job
        cmd = jym_cmd(["rollout", env_id, "--seed", str(seed), "--actions", path, "--format",
                       "jsonl", "--kwargs", kwargs])
        res = subprocess.run(cmd, capture_output=True, text=True, env=jym_env())
        if res.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)} failed: {res.stderr[-2000:]}")
        with open(out, "w") as f:
            for line in res.stdout.splitlines():
                if line.strip():
                    step = json.loads(line)
                    f.write(json.dumps({"obs": step["obs"], "reward": step["reward"]}) + "\n")

    @staticmethod
    def read(out):
        with open(out) as f:
            steps = [json.loads(line) for line in f if line.strip()]
        return [np.asarray(s["obs"], dtype=np.float64) for s in steps], [s["reward"] for s in steps]


def rel_error(ours, ref):
    return float(np.linalg.norm(ours - ref) / (np.linalg.norm(ref) + 1e-3))


def engines_for(env_id, engines):
    return [e for e in engines if e != "joint-space" or env_id in JOINT_SPACE]


def measure_env(env_id, seeds, engines, pool, ours):
    import gymnasium as gym

    engines = engines_for(env_id, engines)
    probe = gym.make(env_id)
    max_steps = probe.spec.max_episode_steps
    horizon = max(ERROR_STEPS)
    jobs = []  # (kind, seed, engine or None, future)
    for seed in seeds:
        actions = actions_for(probe, seed, max_steps)
        if env_id in SWITCHABLE:
            err_kwargs = {"terminate_when_unhealthy": False}
            err_actions = actions[:horizon]
            len_actions = actions
        elif env_id in NEVER_TERMINATE:
            err_kwargs, err_actions, len_actions = {}, actions[:horizon], None
        else:
            err_kwargs, err_actions, len_actions = {}, actions, None  # one run gives both
        jobs.append(("err", seed, None, pool.submit(mujoco_rollout, env_id, seed, err_actions,
                                                    err_kwargs)))
        for engine in engines:
            jobs.append(("err", seed, engine, ours.submit(env_id, seed, err_actions, err_kwargs,
                                                          engine)))
        if len_actions is not None:
            jobs.append(("len", seed, None, pool.submit(mujoco_rollout, env_id, seed, len_actions,
                                                        {})))
            for engine in engines:
                jobs.append(("len", seed, engine, ours.submit(env_id, seed, len_actions, {},
                                                              engine)))
    ours.run(pool)
    got = {(k, s, e): (f.result() if e is None else Ours.read(f)) for k, s, e, f in jobs}
    rows = {}
    for engine in engines:
        reset_err, step_err, lens_ours, lens_mj = [], {k: [] for k in ERROR_STEPS}, [], []
        reward_err = []
        for seed in seeds:
            mj, mj_rewards = got[("err", seed, None)]
            ours, our_rewards = got[("err", seed, engine)]
            reset_err.append(float(np.max(np.abs(ours[0] - mj[0]))))
            shared = range(1, min(len(mj), len(ours), horizon + 1))
            reward_err.append(max((abs(our_rewards[t] - mj_rewards[t]) for t in shared), default=0.0))
            for k in ERROR_STEPS:
                if k < len(mj) and k < len(ours):
                    step_err[k].append(rel_error(ours[k], mj[k]))
            if env_id in NEVER_TERMINATE:
                lens_ours.append(max_steps)
                lens_mj.append(max_steps)
            else:
                kind = "len" if env_id in SWITCHABLE else "err"
                lens_mj.append(len(got[(kind, seed, None)][0]) - 1)
                lens_ours.append(len(got[(kind, seed, engine)][0]) - 1)
        rows[engine] = {
            "reset": max(reset_err),
            "reward": max(reward_err),
            "err": {k: (float(np.median(v)) if v else None, len(v)) for k, v in step_err.items()},
            "len_ours": float(np.median(lens_ours)),
            "len_mj": float(np.median(lens_mj)),
        }
    return rows


def mujoco_speed(env_id, steps):
    import gymnasium as gym

    env = gym.make(env_id).unwrapped
    actions = actions_for(env, 0, 4096)
    env.reset(seed=0)
    t0 = None
    warmup = steps // 4
    for i in range(warmup + steps):
        if i == warmup:
            t0 = time.perf_counter()
        _, _, terminated, _, _ = env.step(actions[i & 4095])
        if terminated:
            env.reset()
    return steps / (time.perf_counter() - t0)


def ours_speed(env_id, engine, steps, warmup):
    # the JVM compiles the engines' solvers within the first ~10,000 steps: time only after that
    cmd = jym_cmd(["bench", env_id, "--modes", "unwrapped", "--steps", str(steps), "--warmup",
                   str(warmup), "--json", "--kwargs", json.dumps({"engine": engine})])
    res = subprocess.run(cmd, capture_output=True, text=True, env=jym_env(), check=True)
    return json.loads(res.stdout.strip().splitlines()[-1])["steps_per_second"]


def fmt_err(value, n, total):
    if value is None:
        return "-"
    # errors below 0.001 (the joint-space engine's) keep their magnitude
    text = f"{value:.3f}" if value >= 1e-3 or value == 0 else f"{value:.0e}"
    return text if n == total else f"{text} ({n}/{total})"


def table(results, engine, speeds, n_seeds):
    lines = [
        f"| env | reset err | step 1 | step 5 | step 10 | step 20 | reward err | ep. length ours /"
        f" MuJoCo | steps/s ours / MuJoCo |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for env_id, rows in results.items():
        if engine not in rows:
            continue
        row = rows[engine]
        errs = [fmt_err(*row["err"][k], n_seeds) for k in ERROR_STEPS]
        ours, mj = speeds.get((env_id, engine)), speeds.get((env_id, "mujoco"))
        speed = f"{ours:,.0f} / {mj:,.0f} ({ours / mj:.2f}x)" if ours and mj else "-"
        lines.append(
            f"| {env_id} | {row['reset']:.1e} | " + " | ".join(errs)
            + f" | {row['reward']:.0e} | {row['len_ours']:.0f} / {row['len_mj']:.0f} | {speed} |"
        )
    return "\n".join(lines)


def write_report(path, text):
    if os.path.exists(path):
        with open(path) as f:
            old = f.read()
        if START in old and END in old:
            head, rest = old.split(START, 1)
            _, tail = rest.split(END, 1)
            text = head + START + "\n" + text + "\n" + END + tail
    else:
        text = START + "\n" + text + "\n" + END + "\n"
    with open(path, "w") as f:
        f.write(text)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--envs", default=",".join(ENVS), help="comma-separated ids (default: all)")
    p.add_argument("--seeds", type=int, default=10, help="how many seeds (default 10)")
    p.add_argument("--first-seed", type=int, default=0,
                   help="seeds FIRST..FIRST+N-1 (default 0; another start gives held-out seeds)")
    p.add_argument("--engines", default="joint-space,ode4j,jbullet")
    p.add_argument("--speed-steps", type=int, default=20000,
                   help="timed steps per speed measurement; 0 skips speed (default 20000)")
    p.add_argument("--speed-warmup", type=int, default=20000,
                   help="our untimed steps before each speed measurement (default 20000)")
    p.add_argument("--jobs", type=int, default=2, help="rollouts run at once (default 2)")
    p.add_argument("--driver", choices=["batch", "rollout"], default="batch",
                   help="batch: our rollouts in one JVM (RolloutBatch.java, default); rollout:"
                   " one `jym rollout` process per run (slow: a JVM start each)")
    p.add_argument("--out", default=os.path.join(ROOT, "docs", "mujoco-fidelity.md"))
    p.add_argument("--no-write", action="store_true", help="print the tables only")
    p.add_argument("--jym", default=JYM[0], help="the jym launcher (default: this checkout's)")
    args = p.parse_args()
    JYM[0] = args.jym
    envs = [e.strip() for e in args.envs.split(",") if e.strip()]
    engines = [e.strip() for e in args.engines.split(",") if e.strip()]
    seeds = list(range(args.first_seed, args.first_seed + args.seeds))
    results = {}
    with tempfile.TemporaryDirectory() as tmpdir, ThreadPoolExecutor(args.jobs) as pool:
        ours = Ours(args.driver, tmpdir)
        for env_id in envs:
            t0 = time.time()
            results[env_id] = measure_env(env_id, seeds, engines, pool, ours)
            print(f"{env_id}: {time.time() - t0:.0f} s", file=sys.stderr)
    speeds = {}
    if args.speed_steps > 0:
        for env_id in envs:
            # Alternate the sides so that a change in machine load hits both alike.
            speeds[(env_id, "mujoco")] = mujoco_speed(env_id, args.speed_steps)
            for engine in engines_for(env_id, engines):
                speeds[(env_id, engine)] = ours_speed(env_id, engine, args.speed_steps, args.speed_warmup)
            print(f"{env_id} speed done", file=sys.stderr)
    import gymnasium
    import mujoco

    header = (
        f"Generated by `python benchmarks/mujoco/fidelity.py --seeds {args.seeds}"
        f"{f' --first-seed {args.first_seed}' if args.first_seed else ''}"
        f" --speed-steps {args.speed_steps} --speed-warmup {args.speed_warmup}` against Gymnasium {gymnasium.__version__}, MuJoCo"
        f" {mujoco.__version__}, seeds {seeds[0]}-{seeds[-1]}. Errors are medians over the seeds"
        f" (n/N: seeds still running at that step), the reward error the largest over steps 1-20 and"
        f" the seeds; speed is single-thread steps per second of the"
        f" unwrapped env with random actions, both sides in the same run on the same machine."
    )
    parts = [header]
    for engine in engines:
        parts.append(f"\n**{engine}**\n\n" + table(results, engine, speeds, args.seeds))
    text = "\n".join(parts)
    print(text)
    if not args.no_write:
        write_report(args.out, text)


if __name__ == "__main__":
    main()
