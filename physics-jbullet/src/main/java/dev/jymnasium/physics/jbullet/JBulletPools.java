package dev.jymnasium.physics.jbullet;

import com.bulletphysics.util.ArrayPool;
import com.bulletphysics.util.ObjectPool;
import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

/**
 * One world's own JBullet object and array pools.
 *
 * <p>JBullet keeps its pools in two thread-locals, and many of its objects take a pool when they
 * are built: the solver, the dispatcher, the pair cache, each collision algorithm made during a
 * step. A world built on one thread and stepped on another therefore shares pools with every other
 * world built or stepped there, and two such worlds stepped at once corrupt them (an {@code
 * ObjectPool.get} out of range, a solver body that is null). While {@link #enter()} holds, the
 * thread-locals of the calling thread hold this world's own pool maps instead, so every pool the
 * world takes, at construction or later, is its own. A world can then be used from any thread, one
 * thread at a time, and its pooled objects depend on its own history only.
 */
final class JBulletPools {
  private static final ThreadLocal<Object> OBJECT_POOLS = threadLocalOf(ObjectPool.class);
  private static final ThreadLocal<Object> ARRAY_POOLS = threadLocalOf(ArrayPool.class);

  private final Map<?, ?> objectPools = new HashMap<>();
  private final Map<?, ?> arrayPools = new HashMap<>();

  /** Nesting depth of {@link #enter()}; only the outermost swaps. */
  private int depth;

  private Object savedObjectPools;
  private Object savedArrayPools;

  /** Makes this world's pools the calling thread's until the matching {@link #exit()}. */
  void enter() {
    if (depth++ == 0) {
      savedObjectPools = OBJECT_POOLS.get();
      savedArrayPools = ARRAY_POOLS.get();
      OBJECT_POOLS.set(objectPools);
      ARRAY_POOLS.set(arrayPools);
    }
  }

  /** Gives the calling thread its own pools back. */
  void exit() {
    if (--depth == 0) {
      OBJECT_POOLS.set(savedObjectPools);
      ARRAY_POOLS.set(savedArrayPools);
      savedObjectPools = null;
      savedArrayPools = null;
    }
  }

  @SuppressWarnings("unchecked")
  private static ThreadLocal<Object> threadLocalOf(Class<?> pool) {
    try {
      Field field = pool.getDeclaredField("threadLocal");
      field.setAccessible(true);
      return (ThreadLocal<Object>) field.get(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          pool.getName()
              + " has no accessible static 'threadLocal' pool map (JBullet 1.0.3 has one);"
              + " JBullet worlds could not be used from several threads",
          e);
    }
  }
}
