/**
 * Baseline agents behind one interface: {@link dev.jymnasium.baselines.Agents} creates PPO, A2C,
 * DQN, SAC, TD3 and tabular learners by name, with RL Zoo-style hyperparameter maps.
 */
package dev.jymnasium.baselines;
