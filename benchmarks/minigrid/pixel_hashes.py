"""SHA-256 prefixes of Minigrid's RGBImgObsWrapper and RGBImgPartialObsWrapper images, for the
reference values of games' MiniGridPixelsTest.

Minigrid (Farama-Foundation/Minigrid) needs only numpy and gymnasium for this; pygame is imported
by its module but not used without human rendering, so a stand-in module is installed here.

    PYTHONPATH=/path/to/Minigrid python benchmarks/minigrid/pixel_hashes.py
"""
import hashlib
import sys
import types

sys.modules.setdefault("pygame", types.ModuleType("pygame"))
sys.modules.setdefault("pygame.freetype", types.ModuleType("pygame.freetype"))

import gymnasium as gym  # noqa: E402
import minigrid  # noqa: E402,F401
from minigrid.wrappers import RGBImgObsWrapper, RGBImgPartialObsWrapper  # noqa: E402

ACTIONS = [2, 2, 1, 2, 0, 2, 3, 2, 5, 2, 1, 2, 2, 4, 2, 0, 0, 2, 3, 2]
CASES = [
    ("MiniGrid-KeyCorridorS3R2-v0", 1),
    ("MiniGrid-LavaGapS5-v0", 2),
    ("MiniGrid-UnlockPickup-v0", 3),
    ("MiniGrid-DoorKey-5x5-v0", 4),
    ("MiniGrid-DistShift1-v0", 5),
]


def sha(image):
    return hashlib.sha256(image.astype("uint8").tobytes()).hexdigest()[:16]


for env_id, seed in CASES:
    for tile in (8, 5):
        env = gym.make(env_id)
        base = env.unwrapped
        full = RGBImgObsWrapper(env, tile_size=tile)
        pov = RGBImgPartialObsWrapper(env, tile_size=tile)
        env.reset(seed=seed)
        rows = [(sha(full.observation({})["image"]), sha(pov.observation({})["image"]))]
        for a in ACTIONS:
            _, _, term, trunc, _ = env.step(a)
            rows.append((sha(full.observation({})["image"]), sha(pov.observation({})["image"])))
            if term or trunc:
                break
        print(f'{env_id} {seed} {tile} ' + " ".join(f"{f}:{p}" for f, p in rows))
