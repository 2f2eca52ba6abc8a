package io.eventplan.collector.segment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Turns Segment's {@code messageId} into the plan's {@code event_id} (a UUID, the deduplication
 * key). A messageId that is a UUID is used as it is. Any other messageId (Segment's libraries send
 * ids such as {@code node-next-1700000000000-...}) becomes a name-based UUID (version 5, SHA-1, in
 * the collector's own namespace), so the same messageId always gives the same event_id and a
 * retried event is still stored once.
 */
public final class EventIds {
  /** The namespace of name-based event ids; fixed forever, or retries would stop deduplicating. */
  public static final UUID NAMESPACE = UUID.fromString("c9d16da0-fed0-4bb9-a890-10d59b5cd705");

  private static final Pattern CANONICAL =
      Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private EventIds() {}

  public static UUID fromMessageId(String messageId) {
    if (CANONICAL.matcher(messageId).matches()) {
      return UUID.fromString(messageId);
    }
    return nameBased(messageId);
  }

  static UUID nameBased(String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-1", e);
    }
    ByteBuffer namespace = ByteBuffer.allocate(16)
        .putLong(NAMESPACE.getMostSignificantBits())
        .putLong(NAMESPACE.getLeastSignificantBits());
    sha1.update(namespace.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50); // version 5
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80); // IETF variant
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
