/**
 * Robot descriptions: a loader for a documented subset of MuJoCo's MJCF XML that produces the
 * physics layer's {@link dev.jymnasium.physics.model.ModelSpec}.
 *
 * <h2>The MJCF subset</h2>
 *
 * Units are SI; z is up. Unknown elements and attributes are errors (not silently ignored), and
 * every error names the file and line ({@link dev.jymnasium.robots.model.ModelFormatException}).
 *
 * <pre>{@code
 * <mujoco model="name">
 *   <compiler angle="degree|radian" settotalmass="kg" inertiafromgeom="..." coordinate="local"/>
 *   <option timestep="s" gravity="x y z" integrator="Euler|RK4|implicit|implicitfast" solver="PGS|CG|Newton"
 *           density="kg/m³" viscosity="Pa·s" selfcollision="false|true"/>
 *   <default>            one global set, no classes
 *     <joint .../> <geom .../> <motor .../> <site .../>
 *   </default>
 *   <worldbody>          geoms and sites here form the static link "world"
 *     <geom/> <site/>
 *     <body name pos quat|axisangle|euler|zaxis>
 *       <joint name type="hinge|slide|ball|free" pos axis range limited="auto|true|false"
 *              damping stiffness armature ref/>
 *       <freejoint name/>
 *       <geom name type="plane|sphere|capsule|cylinder|box" size fromto pos quat|axisangle|euler|zaxis
 *             friction density mass contype conaffinity condim margin solref solimp solmix rgba/>
 *       <site name pos/>
 *       <inertial pos quat mass diaginertia/>
 *       <body .../>
 *     </body>
 *   </worldbody>
 *   <actuator>
 *     <motor name joint gear ctrlrange ctrllimited/>
 *   </actuator>
 * </mujoco>
 * }</pre>
 *
 * <h2>Meaning (as MuJoCo unless said)</h2>
 *
 * <ul>
 *   <li>Angles ({@code range} of hinges and ball joints, {@code ref} of hinges, {@code axisangle},
 *       {@code euler}) are in degrees unless {@code <compiler angle="radian">}. {@code euler} is
 *       the intrinsic x-y-z sequence; {@code quat} is (w, x, y, z).
 *   <li>Geom sizes: sphere {@code r}; capsule and cylinder {@code r h} (half-length h along local
 *       z) or {@code r} with {@code fromto="x1 y1 z1 x2 y2 z2"}; box half extents {@code hx hy hz};
 *       plane {@code hx hy [spacing]} (visual only: planes are infinite) and only in the world or a
 *       static body.
 *   <li>Mass: from {@code density} (default 1000 kg/m³) × exact solid volume, or {@code mass} (kg,
 *       wins over density), or the body's {@code <inertial>} (wins over geoms). {@code
 *       settotalmass} scales all moving masses to the given total.
 *   <li>{@code friction}: on ODE4J and JBullet only the first number (sliding) is used; an engine
 *       contact multiplies the two bodies' values (MuJoCo takes the larger), so floors are written
 *       with 1. {@code condim="1"} means frictionless there. Two geoms collide when each one's
 *       {@code contype} meets the other's {@code conaffinity}; 0/0 is visual only. All colliding
 *       geoms of one body must share friction and contact bits. The joint-space engine reads every
 *       geom's contact parameters as MuJoCo does ({@link MjcfModel#geomContact}: the three friction
 *       numbers, {@code condim}, {@code margin}, {@code solref}, {@code solimp}, {@code solmix},
 *       mixed per contact as MuJoCo mixes them; one direction of contype/conaffinity suffices); the
 *       world engines ignore {@code margin}, {@code solref}, {@code solimp} and {@code solmix}. A
 *       joint's {@code margin} (where its limit starts to act) is used by the joint-space engine
 *       only.
 *   <li>Joints act in order; a body without joints is welded to its parent (or static when it is a
 *       direct child of the world). {@code limited="auto"} means limited when a range is given. A
 *       ball joint's {@code range="0 max"} bounds its total rotation angle from the written pose to
 *       max (at most 180 degrees); the first number must be 0. Armature on hinges and slides (ODE4J
 *       and JBullet: hinges only); damping and stiffness not on free joints. Defaults are applied
 *       only where the joint type supports them.
 *   <li>Bodies of one model do not collide with each other unless {@code <option
 *       selfcollision="true">} (an extension: MuJoCo filters by contact bits).
 *   <li>{@code integrator} is recorded in {@link dev.jymnasium.robots.model.MjcfModel}; the engines
 *       integrate with their own semi-implicit Euler step. {@code density} and {@code viscosity}
 *       describe a fluid medium that an env applies as forces.
 *   <li>Motors: joint effort = {@code gear} (first number) × control clamped to {@code ctrlrange}.
 * </ul>
 */
package dev.jymnasium.robots.model;
