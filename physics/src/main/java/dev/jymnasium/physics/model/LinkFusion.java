package dev.jymnasium.physics.model;

import dev.jymnasium.physics.Pose;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which welded links of a model share an ancestor's engine body ({@link
 * ModelSpec#fuseWeldedLinks()}): a link without joints under a moving link is fused into the body
 * of its parent's host, at its fixed pose in the host's frame.
 */
final class LinkFusion {
  /** A link carried by a host's body, at {@code poseInHost} in the host's link frame. */
  record Member(int link, LinkSpec spec, Pose poseInHost) {}

  /** Per link: the link whose body carries it, or −1 where it has its own bodies. */
  final int[] host;

  /** Per fused link: its frame in the host's link frame (null elsewhere). */
  final Pose[] poseInHost;

  private final List<LinkSpec> links;
  private final Map<Integer, List<Member>> fusedInto = new HashMap<>();

  LinkFusion(ModelSpec spec, boolean worldReportsParts) {
    links = spec.links();
    host = new int[links.size()];
    poseInHost = new Pose[links.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < links.size(); i++) {
      LinkSpec link = links.get(i);
      index.put(link.name(), i);
      host[i] = -1;
      Integer parent = link.parentName() == null ? null : index.get(link.parentName());
      if (!spec.fuseWeldedLinks()
          || !worldReportsParts
          || parent == null
          || !link.joints().isEmpty()
          || links.get(parent).isStatic()) {
        continue;
      }
      boolean parentFused = host[parent] >= 0;
      host[i] = parentFused ? host[parent] : parent;
      Pose parentInHost = parentFused ? poseInHost[parent] : Pose.IDENTITY;
      poseInHost[i] = parentInHost.mul(link.poseInParent());
      fusedInto
          .computeIfAbsent(host[i], h -> new ArrayList<>())
          .add(new Member(i, link, poseInHost[i]));
    }
  }

  /** The links on link {@code link}'s own body: itself first, then those fused into it. */
  List<Member> members(int link) {
    List<Member> members = new ArrayList<>();
    members.add(new Member(link, links.get(link), Pose.IDENTITY));
    members.addAll(fusedInto.getOrDefault(link, List.of()));
    return members;
  }
}
