"""Imports controlgym's env classes without its package __init__ (which needs torch and
matplotlib for the PPO controller and plots): point CONTROLGYM_SRC (or PYTHONPATH) at a checkout of
github.com/xiangyuan-zhang/controlgym."""
import importlib
import os
import sys
import types

PDE_CLASSES = {
    "allen_cahn": "AllenCahnEnv",
    "burgers": "BurgersEnv",
    "cahn_hilliard": "CahnHilliardEnv",
    "convection_diffusion_reaction": "ConvectionDiffusionReactionEnv",
    "fisher": "FisherEnv",
    "ginzburg_landau": "GinzburgLandauEnv",
    "korteweg_de_vries": "KortewegDeVriesEnv",
    "kuramoto_sivashinsky": "KuramotoSivashinskyEnv",
    "schrodinger": "SchrodingerEnv",
    "wave": "WaveEnv",
}


def pde_class(name):
    src = os.environ.get("CONTROLGYM_SRC")
    if src and src not in sys.path:
        sys.path.insert(0, src)
    if "controlgym" not in sys.modules:
        root = next(os.path.join(p, "controlgym") for p in sys.path
                    if os.path.isfile(os.path.join(p, "controlgym", "envs", "pde.py")))
        for pkg, path in (("controlgym", root), ("controlgym.envs", os.path.join(root, "envs"))):
            mod = types.ModuleType(pkg)
            mod.__path__ = [path]
            sys.modules[pkg] = mod
        pde = importlib.import_module("controlgym.envs.pde")
        sys.modules["controlgym.envs"].PDE = pde.PDE
    module = importlib.import_module("controlgym.envs." + name)
    return getattr(module, PDE_CLASSES[name])
