/**
 * The learning algorithms, each in one readable file (CleanRL's layout): PPO, A2C, DQN, SAC, TD3,
 * Q-learning and SARSA, with their loss and target computations as named, tested functions.
 */
package dev.jymnasium.baselines.algo;
