/**
 * One rigid-body API over several engines: bodies, shapes, joints with limits and motors, contacts,
 * raycasts, snapshots; engines are plug-ins found by name ({@link
 * dev.jymnasium.physics.PhysicsEngine#byName}).
 */
package dev.jymnasium.physics;
