/** ODE4J's raw-call benchmark scene, for measuring the neutral layer's overhead. */
package dev.jymnasium.physics.ode4j.bench;
