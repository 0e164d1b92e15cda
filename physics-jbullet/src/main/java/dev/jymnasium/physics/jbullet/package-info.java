/** The JBullet engine behind the neutral physics API, registered as {@code jbullet}. */
package dev.jymnasium.physics.jbullet;
