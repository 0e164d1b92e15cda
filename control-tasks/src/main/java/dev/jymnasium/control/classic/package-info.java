/**
 * Gymnasium's classic control envs (CartPole, MountainCar, Pendulum, Acrobot) number for number,
 * and CartPole's native vector env.
 */
package dev.jymnasium.control.classic;
