"""Imports controlgym's env classes without its package __init__ (which needs torch and
matplotlib for the PPO controller and plots): point CONTROLGYM_SRC (or PYTHONPATH) at a checkout of
github.com/xiangyuan-zhang/controlgym."""
import importlib
import os
import sys
import types
import warnings

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


def _package_root():
    src = os.environ.get("CONTROLGYM_SRC")
    if src and src not in sys.path:
        sys.path.insert(0, src)
    if "controlgym" not in sys.modules:
        pde_class("burgers")
    return sys.modules["controlgym"].__path__[0]


def linear_env(name, **kwargs):
    """controlgym's LinearControlEnv for system `name` (e.g. "he1") with its kwargs."""
    _package_root()
    if "controlgym.envs.linear_control_src" not in sys.modules:
        importlib.import_module("controlgym.envs.linear_control_src")
    module = importlib.import_module("controlgym.envs.linear_control")
    # controlgym's h2hinf module turns every warning into an error when imported; the env's
    # resource lookup warns of a deprecation on recent Pythons.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        return module.LinearControlEnv(id=name, **kwargs)


def controller_module(name):
    """controlgym's controller module `name` (lqr, lqg, h2hinf, zero), without the package
    __init__ (which imports torch for its PPO)."""
    root = _package_root()
    if "controlgym.controllers" not in sys.modules:
        mod = types.ModuleType("controlgym.controllers")
        mod.__path__ = [os.path.join(root, "controllers")]
        sys.modules["controlgym.controllers"] = mod
    return importlib.import_module("controlgym.controllers." + name)
