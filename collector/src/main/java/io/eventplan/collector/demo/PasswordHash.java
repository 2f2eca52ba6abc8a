package io.eventplan.collector.demo;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A stored password: PBKDF2WithHmacSHA256 with a per-user salt, written as
 * {@code pbkdf2-sha256$<iterations>$<salt base64>$<hash base64>}.
 */
public record PasswordHash(int iterations, byte[] salt, byte[] hash) {
  /** OWASP's recommendation for PBKDF2-HMAC-SHA256 (2023). */
  public static final int MIN_ITERATIONS = 210_000;
  private static final String PREFIX = "pbkdf2-sha256";

  public PasswordHash {
    if (iterations < MIN_ITERATIONS) {
      throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations, not " + iterations);
    }
    if (salt.length < 16 || hash.length < 32) {
      throw new IllegalArgumentException("a salt of 16 bytes or more and a hash of 32 bytes or more");
    }
    salt = salt.clone();
    hash = hash.clone();
  }

  public static PasswordHash parse(String stored) {
    String[] parts = stored.split("\\$");
    if (parts.length != 4 || !parts[0].equals(PREFIX)) {
      throw new IllegalArgumentException("not a " + PREFIX + " hash");
    }
    Base64.Decoder base64 = Base64.getDecoder();
    return new PasswordHash(Integer.parseInt(parts[1]), base64.decode(parts[2]), base64.decode(parts[3]));
  }

  /** A new hash of {@code password} with a random salt. */
  public static PasswordHash create(char[] password, SecureRandom random) {
    byte[] salt = new byte[16];
    random.nextBytes(salt);
    return new PasswordHash(MIN_ITERATIONS, salt, derive(password, salt, MIN_ITERATIONS, 32));
  }

  /** Whether {@code password} is the hashed one; the comparison takes the same time wherever the bytes differ. */
  public boolean matches(char[] password) {
    return MessageDigest.isEqual(hash, derive(password, salt, iterations, hash.length));
  }

  public String encoded() {
    Base64.Encoder base64 = Base64.getEncoder();
    return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$" + base64.encodeToString(hash);
  }

  private static byte[] derive(char[] password, byte[] salt, int iterations, int length) {
    PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, length * 8);
    try {
      return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JDK", e);
    } finally {
      spec.clearPassword();
    }
  }

  @Override
  public String toString() {
    return "PasswordHash[" + PREFIX + ", " + iterations + " iterations]";
  }
}
