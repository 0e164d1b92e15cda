/** Plots drawn as {@link dev.jymnasium.env.render.Scene2D} scenes for the control envs. */
package dev.jymnasium.control.plot;
