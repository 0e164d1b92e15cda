/** Games and their registration ({@link dev.jymnasium.games.GamesProvider}). */
package dev.jymnasium.games;
