package dev.jymnasium.baselines.suite.cluster;

import dev.jymnasium.baselines.suite.SuiteException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Where a member listens and the cluster's shared secret.
 *
 * <p>The secret never travels: members derive from it the cluster name (Hazelcast refuses members
 * with another name) and an HMAC-SHA256 key that signs every task and every result, so a member
 * that joined without the secret can neither hand out tasks nor deliver results.
 *
 * @param bind address this member binds to and announces (loopback by default); a host name is
 *     resolved to its IP address
 * @param port port this member listens on
 * @param secret the shared secret (may be empty on loopback)
 */
public record ClusterSettings(String bind, int port, String secret) {
  /** Address bound unless told otherwise. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /** Hazelcast's usual member port. */
  public static final int DEFAULT_PORT = 5701;

  /** Environment variable read when {@code --secret} is not given. */
  public static final String SECRET_ENV = "JYM_CLUSTER_SECRET";

  public ClusterSettings {
    if (port < 1 || port > 65535) {
      throw new SuiteException("--port must be in 1..65535, got " + port);
    }
    secret = secret == null ? "" : secret;
    InetAddress address = resolve(bind);
    bind = address.getHostAddress(); // Hazelcast binds and announces IP addresses
    if (secret.isEmpty() && !address.isLoopbackAddress()) {
      throw new SuiteException(
          "--bind "
              + bind
              + " is reachable from other machines: give a shared secret with --secret or "
              + SECRET_ENV
              + " (the same on every member)");
    }
  }

  /** The cluster name: {@code jym-} and 16 hex digits of a hash of the secret. */
  public String clusterName() {
    return "jym-" + HexFormat.of().formatHex(digest("jym cluster name\0" + secret), 0, 8);
  }

  /** HMAC-SHA256 of {@code data} under a key derived from the secret. */
  public byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(digest("jym cluster mac\0" + secret), "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code mac} is the HMAC of {@code data} (compared in constant time). */
  public boolean verify(byte[] data, byte[] mac) {
    return MessageDigest.isEqual(mac(data), mac);
  }

  private static byte[] digest(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static InetAddress resolve(String host) {
    try {
      return InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new SuiteException("--bind: unknown host '" + host + "'");
    }
  }
}
