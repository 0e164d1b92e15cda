/** JBullet's raw-call benchmark scene, for measuring the neutral layer's overhead. */
package dev.jymnasium.physics.jbullet.bench;
