/** The ODE4J engine behind the neutral physics API, registered as {@code ode4j}. */
package dev.jymnasium.physics.ode4j;
