/**
 * controlgym's linear control benchmark (Zhang et al. 2023, xiangyuan-zhang/controlgym): 37
 * continuous-time systems from COMPleib (Leibfritz 2004) discretised with a zero-order hold, and
 * the classical controllers to compare against (zero control, LQR from the discrete algebraic
 * Riccati equation, LQG with a steady-state Kalman predictor).
 */
package dev.jymnasium.control.linear;
