package dev.jymnasium.physics.jbullet;

import com.bulletphysics.collision.broadphase.BroadphasePair;
import com.bulletphysics.collision.broadphase.BroadphaseProxy;
import com.bulletphysics.collision.broadphase.Dbvt;
import com.bulletphysics.collision.broadphase.DbvtAabbMm;
import com.bulletphysics.collision.broadphase.DbvtBroadphase;
import com.bulletphysics.collision.broadphase.DbvtProxy;
import com.bulletphysics.collision.broadphase.Dispatcher;
import com.bulletphysics.collision.broadphase.HashedOverlappingPairCache;
import com.bulletphysics.util.ObjectArrayList;
import java.util.Arrays;
import javax.vecmath.Vector3f;

/**
 * JBullet's dynamic AABB tree broadphase with the same tree, the same traversal order and the same
 * pairs, but without allocating on each pass and without touching JVM-wide state.
 *
 * <p>JBullet's own pass allocates a traversal stack and one node pair per visited node pair, and a
 * box per moved body, and every found pair bumps a static counter ({@code BulletStats.gAddedPairs})
 * in the pair cache, even when the pair is already there. Worlds stepped on several threads then
 * write one cache line from every thread on every sub-step, and their allocation feeds the
 * collector for all of them. This class keeps its stacks and boxes, and asks the pair cache to add
 * only pairs it does not hold yet (existing pairs were a no-op there).
 */
final class JBulletBroadphase extends DbvtBroadphase {
  /** Above this many pairs, existing pairs are looked up by the cache (hashed) instead of here. */
  private static final int SCAN_LIMIT = 32;

  private final HashedOverlappingPairCache pairs;
  private Dbvt.Node[] stackA = new Dbvt.Node[Dbvt.DOUBLE_STACKSIZE];
  private Dbvt.Node[] stackB = new Dbvt.Node[Dbvt.DOUBLE_STACKSIZE];
  private int depth;
  private final DbvtAabbMm box = new DbvtAabbMm();
  private final Vector3f delta = new Vector3f();
  private final Vector3f center = new Vector3f();

  JBulletBroadphase(HashedOverlappingPairCache pairs) {
    super(pairs);
    this.pairs = pairs;
  }

  @Override
  public void collide(Dispatcher dispatcher) {
    // The steps of DbvtBroadphase.collide, in its order.
    sets[0].optimizeIncremental(1 + (sets[0].leaves * dupdates) / 100);
    sets[1].optimizeIncremental(1 + (sets[1].leaves * fupdates) / 100);
    // Proxies of the stage now due move from the dynamic set to the fixed one.
    stageCurrent = (stageCurrent + 1) % STAGECOUNT;
    DbvtProxy current = stageRoots[stageCurrent];
    while (current != null) {
      DbvtProxy next = current.links[1];
      stageRoots[current.stage] = unlink(current, stageRoots[current.stage]);
      stageRoots[STAGECOUNT] = link(current, stageRoots[STAGECOUNT]);
      collideTT(sets[1].root, current.leaf);
      sets[0].remove(current.leaf);
      current.leaf = sets[1].insert(current.aabb, current);
      current.stage = STAGECOUNT;
      current = next;
    }
    collideTT(sets[0].root, sets[1].root);
    collideTT(sets[0].root, sets[0].root);
    // Pairs whose exact boxes no longer meet leave the cache.
    ObjectArrayList<BroadphasePair> held = pairs.getOverlappingPairArray();
    for (int i = 0, ni = held.size(); i < ni; i++) {
      BroadphasePair p = held.getQuick(i);
      DbvtProxy pa = (DbvtProxy) p.pProxy0;
      DbvtProxy pb = (DbvtProxy) p.pProxy1;
      if (!DbvtAabbMm.Intersect(pa.aabb, pb.aabb)) {
        if (pa.hashCode() > pb.hashCode()) {
          DbvtProxy tmp = pa;
          pa = pb;
          pb = tmp;
        }
        pairs.removeOverlappingPair(pa, pb, dispatcher);
        ni--;
        i--;
      }
    }
    pid++;
  }

  /** Dbvt.collideTT's depth-first walk (same push order) on this broadphase's own stacks. */
  private void collideTT(Dbvt.Node root0, Dbvt.Node root1) {
    if (root0 == null || root1 == null) {
      return;
    }
    depth = 0;
    push(root0, root1);
    do {
      depth--;
      Dbvt.Node a = stackA[depth];
      Dbvt.Node b = stackB[depth];
      if (a == b) {
        if (a.isinternal()) {
          push(a.childs[0], a.childs[0]);
          push(a.childs[1], a.childs[1]);
          push(a.childs[0], a.childs[1]);
        }
      } else if (DbvtAabbMm.Intersect(a.volume, b.volume)) {
        if (a.isinternal()) {
          if (b.isinternal()) {
            push(a.childs[0], b.childs[0]);
            push(a.childs[1], b.childs[0]);
            push(a.childs[0], b.childs[1]);
            push(a.childs[1], b.childs[1]);
          } else {
            push(a.childs[0], b);
            push(a.childs[1], b);
          }
        } else if (b.isinternal()) {
          push(a, b.childs[0]);
          push(a, b.childs[1]);
        } else {
          leavesMeet((DbvtProxy) a.data, (DbvtProxy) b.data);
        }
      }
    } while (depth > 0);
  }

  private void push(Dbvt.Node a, Dbvt.Node b) {
    if (depth == stackA.length) {
      stackA = Arrays.copyOf(stackA, 2 * depth);
      stackB = Arrays.copyOf(stackB, 2 * depth);
    }
    stackA[depth] = a;
    stackB[depth] = b;
    depth++;
  }

  /** DbvtTreeCollider.Process: a pair for two leaves whose exact boxes meet. */
  private void leavesMeet(DbvtProxy pa, DbvtProxy pb) {
    if (!DbvtAabbMm.Intersect(pa.aabb, pb.aabb)) {
      return;
    }
    if (pa.hashCode() > pb.hashCode()) {
      DbvtProxy tmp = pa;
      pa = pb;
      pb = tmp;
    }
    if (!pairs.needsBroadphaseCollision(pa, pb) || holds(pa, pb)) {
      return; // the cache would have returned without a change
    }
    pairs.addOverlappingPair(pa, pb);
  }

  /** Whether the cache holds the pair; false (let the cache look) when it holds many. */
  private boolean holds(BroadphaseProxy p0, BroadphaseProxy p1) {
    ObjectArrayList<BroadphasePair> held = pairs.getOverlappingPairArray();
    int n = held.size();
    if (n > SCAN_LIMIT) {
      return false;
    }
    // The cache stores each pair with the lower uid first.
    BroadphaseProxy lo = p0.getUid() > p1.getUid() ? p1 : p0;
    BroadphaseProxy hi = lo == p0 ? p1 : p0;
    for (int i = 0; i < n; i++) {
      BroadphasePair p = held.getQuick(i);
      if (p.pProxy0 == lo && p.pProxy1 == hi) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void setAabb(
      BroadphaseProxy absproxy, Vector3f aabbMin, Vector3f aabbMax, Dispatcher dispatcher) {
    // DbvtBroadphase.setAabb with one kept box and two kept vectors. The tree copies boxes.
    DbvtProxy proxy = (DbvtProxy) absproxy;
    DbvtAabbMm aabb = DbvtAabbMm.FromMM(aabbMin, aabbMax, box);
    if (proxy.stage == STAGECOUNT) {
      sets[1].remove(proxy.leaf);
      proxy.leaf = sets[0].insert(aabb, proxy);
    } else if (DbvtAabbMm.Intersect(proxy.leaf.volume, aabb)) {
      delta.add(aabbMin, aabbMax);
      delta.scale(0.5f);
      delta.sub(proxy.aabb.Center(center));
      delta.scale(predictedframes);
      sets[0].update(proxy.leaf, aabb, delta, DBVT_BP_MARGIN);
    } else {
      sets[0].update(proxy.leaf, aabb);
    }
    stageRoots[proxy.stage] = unlink(proxy, stageRoots[proxy.stage]);
    proxy.aabb.set(aabb);
    proxy.stage = stageCurrent;
    stageRoots[stageCurrent] = link(proxy, stageRoots[stageCurrent]);
  }

  /** Puts {@code item} at the head of a stage list; returns the new head. */
  private static DbvtProxy link(DbvtProxy item, DbvtProxy list) {
    item.links[0] = null;
    item.links[1] = list;
    if (list != null) {
      list.links[0] = item;
    }
    return item;
  }

  /** Takes {@code item} out of a stage list; returns the new head. */
  private static DbvtProxy unlink(DbvtProxy item, DbvtProxy list) {
    if (item.links[0] != null) {
      item.links[0].links[1] = item.links[1];
    } else {
      list = item.links[1];
    }
    if (item.links[1] != null) {
      item.links[1].links[0] = item.links[0];
    }
    return list;
  }
}
