/** Robot envs and their registration ({@link dev.jymnasium.robots.RobotsProvider}). */
package dev.jymnasium.robots;
