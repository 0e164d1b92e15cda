/** Exact solutions of tabular envs (value and policy iteration) from their transition tables. */
package dev.jymnasium.games.toytext.tabular;
