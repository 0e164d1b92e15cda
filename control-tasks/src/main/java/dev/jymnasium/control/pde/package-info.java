/**
 * controlgym's ten PDE control benchmarks (Zhang et al. 2023, xiangyuan-zhang/controlgym v1.0.x):
 * periodic 1D fields driven by top-hat actuators and read by point sensors. The seven nonlinear
 * PDEs are integrated pseudo-spectrally with ETDRK4 (Cox and Matthews 2002; Kassam and Trefethen
 * 2005) and 3/2-rule dealiasing; the three linear ones step with their exact propagator.
 */
package dev.jymnasium.control.pde;
