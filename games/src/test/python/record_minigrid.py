"""Records reference numbers of the original Minigrid for MiniGridReferenceTest.

Run with Minigrid 3.x, gymnasium and numpy importable (pygame is only needed for human
rendering):  python3 record_minigrid.py > ../resources/minigrid/reference.txt

Per case: the full grid encoding after reset(seed) (x-major, as grid.encode()), the agent's cell
and direction, then a rollout of the listed actions (a reset without seed follows every episode
end): per step the image+direction hash, reward, terminated, truncated.
"""

import gymnasium as gym
import minigrid  # noqa: F401  (registers the ids)
import numpy as np

CASES = [
    ("MiniGrid-Empty-5x5-v0", 0),
    ("MiniGrid-Empty-Random-6x6-v0", 3),
    ("MiniGrid-Empty-16x16-v0", 1),
    ("MiniGrid-DoorKey-5x5-v0", 0),
    ("MiniGrid-DoorKey-8x8-v0", 7),
    ("MiniGrid-DoorKey-16x16-v0", 2),
    ("MiniGrid-FourRooms-v0", 0),
    ("MiniGrid-FourRooms-v0", 11),
    ("MiniGrid-LavaGapS5-v0", 4),
    ("MiniGrid-LavaGapS7-v0", 9),
    ("MiniGrid-LavaCrossingS9N2-v0", 5),
    ("MiniGrid-LavaCrossingS11N5-v0", 6),
    ("MiniGrid-SimpleCrossingS9N3-v0", 8),
    ("MiniGrid-SimpleCrossingS11N5-v0", 12),
    ("MiniGrid-Unlock-v0", 0),
    ("MiniGrid-Unlock-v0", 21),
    ("MiniGrid-UnlockPickup-v0", 1),
    ("MiniGrid-BlockedUnlockPickup-v0", 2),
    ("MiniGrid-KeyCorridorS3R1-v0", 3),
    ("MiniGrid-KeyCorridorS3R3-v0", 4),
    ("MiniGrid-KeyCorridorS4R3-v0", 5),
    ("MiniGrid-KeyCorridorS6R3-v0", 6),
    ("MiniGrid-MultiRoom-N2-S4-v0", 0),
    ("MiniGrid-MultiRoom-N4-S5-v0", 1),
    ("MiniGrid-MultiRoom-N6-v0", 2),
    ("MiniGrid-MemoryS7-v0", 3),
    ("MiniGrid-MemoryS13Random-v0", 4),
    ("MiniGrid-MemoryS17Random-v0", 5),
    ("MiniGrid-DistShift1-v0", 0),
    ("MiniGrid-DistShift2-v0", 1),
    ("MiniGrid-Dynamic-Obstacles-5x5-v0", 0),
    ("MiniGrid-Dynamic-Obstacles-Random-6x6-v0", 1),
    ("MiniGrid-Dynamic-Obstacles-16x16-v0", 2),
    ("MiniGrid-GoToDoor-5x5-v0", 3),
    ("MiniGrid-GoToDoor-8x8-v0", 4),
    ("MiniGrid-RedBlueDoors-6x6-v0", 5),
    ("MiniGrid-RedBlueDoors-8x8-v0", 6),
    ("MiniGrid-Fetch-5x5-N2-v0", 7),
    ("MiniGrid-Fetch-8x8-N3-v0", 8),
    ("MiniGrid-GoToObject-6x6-N2-v0", 9),
    ("MiniGrid-GoToObject-8x8-N2-v0", 10),
    ("MiniGrid-PutNear-6x6-N2-v0", 11),
    ("MiniGrid-PutNear-8x8-N3-v0", 12),
    ("MiniGrid-LockedRoom-v0", 13),
    ("MiniGrid-LockedRoom-v0", 14),
    ("MiniGrid-ObstructedMaze-1Dl-v0", 0),
    ("MiniGrid-ObstructedMaze-1Dlhb-v0", 1),
    ("MiniGrid-ObstructedMaze-2Dlh-v0", 2),
    ("MiniGrid-ObstructedMaze-1Q-v0", 3),
    ("MiniGrid-ObstructedMaze-2Q-v0", 4),
    ("MiniGrid-ObstructedMaze-Full-v0", 5),
    ("MiniGrid-Playground-v0", 6),
    ("MiniGrid-ObstructedMaze-2Dlhb-v1", 7),
    ("MiniGrid-ObstructedMaze-1Q-v1", 8),
    ("MiniGrid-ObstructedMaze-Full-v1", 9),
]
STEPS = 150
P = [0.2, 0.2, 0.4, 0.05, 0.05, 0.05, 0.05]
P3 = [0.3, 0.3, 0.4]  # Dynamic-Obstacles: left, right, forward only


def obs_hash(obs):
    h = 0
    for v in obs["image"].reshape(-1).tolist() + [int(obs["direction"])]:
        h = (h * 31 + v) % 2147483647
    return h


def main():
    print("# Minigrid reference numbers, recorded by src/test/python/record_minigrid.py")
    for env_id, seed in CASES:
        env = gym.make(env_id)
        obs, _ = env.reset(seed=seed)
        u = env.unwrapped
        n = env.action_space.n
        actions = np.random.default_rng(1000 + seed).choice(n, size=STEPS, p=P if n == 7 else P3)
        actions = actions.tolist()
        print("case", env_id, seed)
        print("grid", u.width, u.height, ",".join(str(v) for v in u.grid.encode().reshape(-1)))
        print("agent", int(u.agent_pos[0]), int(u.agent_pos[1]), int(u.agent_dir))
        print("mission", obs["mission"])
        print("actions", "".join(str(a) for a in actions))
        steps = [str(obs_hash(obs))]
        for a in actions:
            obs, r, term, trunc, _ = env.step(a)
            steps.append("%d:%r:%d:%d" % (obs_hash(obs), float(r), term, trunc))
            if term or trunc:
                obs, _ = env.reset()
                steps.append(str(obs_hash(obs)))
        print("steps", " ".join(steps))


if __name__ == "__main__":
    main()
