/**
 * What an engine implements to plug into the physics API: the provider found through {@link
 * java.util.ServiceLoader} and base classes of worlds, bodies and joints.
 */
package dev.jymnasium.physics.spi;
