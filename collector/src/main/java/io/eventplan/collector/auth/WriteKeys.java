package io.eventplan.collector.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.List;

/**
 * The write keys the collector accepts. A candidate is compared with every key, always all of
 * them and in constant time: both sides are hashed to SHA-256 first, so neither the length of a
 * key nor the position of the first wrong character shows in the time taken.
 */
public final class WriteKeys {
  private final List<byte[]> digests;

  private WriteKeys(List<byte[]> digests) {
    this.digests = digests;
  }

  public static WriteKeys of(Collection<String> keys) {
    return new WriteKeys(keys.stream().map(WriteKeys::sha256).toList());
  }

  public boolean isEmpty() {
    return digests.isEmpty();
  }

  public boolean accepts(String candidate) {
    if (candidate == null) {
      return false;
    }
    byte[] digest = sha256(candidate);
    boolean match = false;
    for (byte[] key : digests) {
      // no early exit: every key is compared whatever the outcome
      match |= MessageDigest.isEqual(key, digest);
    }
    return match;
  }

  private static byte[] sha256(String value) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
