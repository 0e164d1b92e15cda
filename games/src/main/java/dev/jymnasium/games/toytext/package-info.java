/**
 * Gymnasium's toy-text envs (FrozenLake, Taxi, CliffWalking, Blackjack) number for number, with
 * their transition tables.
 */
package dev.jymnasium.games.toytext;
