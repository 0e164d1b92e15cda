/** Control tasks and their registration ({@link dev.jymnasium.control.ControlTasksProvider}). */
package dev.jymnasium.control;
