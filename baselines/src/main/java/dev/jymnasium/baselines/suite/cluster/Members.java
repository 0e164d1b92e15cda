package dev.jymnasium.baselines.suite.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.config.AdvancedNetworkConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.JavaSerializationFilterConfig;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.ServerSocketEndpointConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.util.List;
import java.util.Set;

/** Starts the Hazelcast members of a suite cluster, configured the same way on every side. */
final class Members {
  /** Member attribute naming the role of a member. */
  static final String ROLE = "jym.role";

  /** Member attribute with the number of tasks a worker runs at once. */
  static final String SLOTS = "jym.slots";

  static final String COORDINATOR = "coordinator";
  static final String WORKER = "worker";

  /** Distributed structures. */
  static final String TASKS = "jym.suite.tasks";

  static final String CLAIMS = "jym.suite.claims";
  static final String RESULTS = "jym.suite.results";
  static final String CONTROL = "jym.suite.control";

  /** Key of {@link #CONTROL} that says whether the suite is running or done. */
  static final String STATE = "state";

  static final String RUNNING = "running";
  static final String DONE = "done";

  /** Port range a worker may take, counted from its {@code --port}. */
  private static final int WORKER_PORTS = 100;

  private Members() {}

  /**
   * Starts a member.
   *
   * @param role {@link #COORDINATOR} or {@link #WORKER}
   * @param join the coordinator's {@code host:port} for a worker, {@code null} for the coordinator
   */
  static HazelcastInstance start(ClusterSettings s, String role, String join, int slots) {
    // read before any Config exists: without it Hazelcast's first lines go to java.util.logging
    System.setProperty("hazelcast.logging.type", "slf4j");
    Config c = new Config();
    c.setClusterName(s.clusterName());
    c.setInstanceName("jym-" + role + "-" + java.util.UUID.randomUUID());
    c.getMemberAttributeConfig().setAttribute(ROLE, role);
    c.getMemberAttributeConfig().setAttribute(SLOTS, Integer.toString(slots));
    // Workers are lite members: every queue, claim and result lives on the coordinator alone, so a
    // result crosses the wire once (no backup copy on another worker), a worker that dies takes no
    // data with it, and no partition migrates when workers join or leave.
    c.setLiteMember(WORKER.equals(role));
    // quiet and private: our own logger at warnings, no phone-home, no shutdown hook fighting ours
    c.setProperty("hazelcast.logging.type", "slf4j");
    c.setProperty("hazelcast.phone.home.enabled", "false");
    c.setProperty("hazelcast.shutdownhook.enabled", "false");
    // bind to the given address only, and announce it
    c.setProperty("hazelcast.socket.bind.any", "false");
    c.setProperty("hazelcast.local.localAddress", s.bind());
    // a killed worker is noticed in seconds, not Hazelcast's default minute
    c.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    c.setProperty("hazelcast.max.no.heartbeat.seconds", "10");
    c.setProperty("hazelcast.wait.seconds.before.join", "0");
    // a few tasks at a time need few partitions; map scans visit every one (default 271)
    c.setProperty("hazelcast.partition.count", "23");
    c.setProperty("hazelcast.max.wait.seconds.before.join", "0");
    // only strings and byte arrays travel; refuse Java-serialised objects outside the defaults
    c.getSerializationConfig()
        .setJavaSerializationFilterConfig(new JavaSerializationFilterConfig());
    AdvancedNetworkConfig net = c.getAdvancedNetworkConfig();
    // the advanced network with a member endpoint only: no client, REST or memcache protocol
    net.setEnabled(true);
    ServerSocketEndpointConfig member = new ServerSocketEndpointConfig();
    member.setPort(s.port());
    member.setPortAutoIncrement(WORKER.equals(role));
    member.setPortCount(WORKER_PORTS);
    member.getInterfaces().setEnabled(true).setInterfaces(List.of(s.bind()));
    net.setMemberEndpointConfig(member);
    JoinConfig j = net.getJoin();
    j.getMulticastConfig().setEnabled(false);
    j.getAutoDetectionConfig().setEnabled(false);
    j.getTcpIpConfig()
        .setEnabled(true)
        .setMembers(List.of(join != null ? join : s.bind() + ":" + s.port()));
    return Hazelcast.newHazelcastInstance(c);
  }

  /** Whether the member with {@code uuid} is in the cluster of {@code hz}. */
  static boolean alive(HazelcastInstance hz, String uuid) {
    return hz.getCluster().getMembers().stream().anyMatch(m -> m.getUuid().toString().equals(uuid));
  }

  /** Tasks the workers among {@code members} run at once. */
  static int slots(Set<Member> members) {
    return members.stream()
        .filter(m -> WORKER.equals(m.getAttribute(ROLE)))
        .mapToInt(m -> Integer.parseInt(m.getAttribute(SLOTS)))
        .sum();
  }

  /** Whether a coordinator is in the cluster of {@code hz}. */
  static boolean hasCoordinator(HazelcastInstance hz) {
    return hz.getCluster().getMembers().stream()
        .anyMatch(m -> COORDINATOR.equals(m.getAttribute(ROLE)));
  }
}
