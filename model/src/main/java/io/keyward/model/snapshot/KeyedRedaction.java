package io.keyward.model.snapshot;

import io.keyward.model.cache.EstateRepository;
import io.keyward.model.cache.Redaction;
import io.keyward.model.cache.SelectiveSink;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Identity;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Replaces the values that name people and their accounts with {@code r-} and 16 hex digits of
 * their HMAC-SHA256 under a random key made for one export and never stored: equal values give
 * equal tokens, so relations survive, and nobody can test a guessed name against a token.
 *
 * <p>The personal values are every identity's id, name, email, external id and owner, and every
 * credential's external id and display name. Text anywhere in the cache has each of them replaced
 * where it stands between non-alphanumeric characters (a value shorter than {@value #MIN_EMBEDDED}
 * characters only when it is the whole text), longest first.
 */
final class KeyedRedaction implements Redaction {
  static final int MIN_EMBEDDED = 3;

  private final Mac mac;
  private final Node root = new Node();
  private final Map<String, String> whole = new HashMap<>();

  private KeyedRedaction(byte[] key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java runtime has HmacSHA256", e);
    }
  }

  /** A redaction of the values {@code repository} holds, under a fresh random key. */
  static KeyedRedaction of(EstateRepository repository) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    KeyedRedaction redaction = new KeyedRedaction(key);
    repository.readEstate(redaction.new Collector());
    return redaction;
  }

  @Override
  public synchronized String token(String original) {
    byte[] digest = mac.doFinal(original.getBytes(StandardCharsets.UTF_8));
    return "r-" + HexFormat.of().formatHex(digest, 0, 8);
  }

  @Override
  public String text(String original) {
    String exact = whole.get(original);
    if (exact != null) {
      return exact;
    }
    StringBuilder out = new StringBuilder(original.length());
    int i = 0;
    while (i < original.length()) {
      String match = boundary(original, i - 1) ? longestAt(original, i) : null;
      if (match == null) {
        out.append(original.charAt(i));
        i++;
      } else {
        out.append(whole.get(match));
        i += match.length();
      }
    }
    return out.toString();
  }

  private void add(@Nullable String value) {
    if (value == null || value.isEmpty() || whole.containsKey(value)) {
      return;
    }
    whole.put(value, token(value));
    if (value.length() >= MIN_EMBEDDED) {
      Node node = root;
      for (int i = 0; i < value.length(); i++) {
        node = node.next.computeIfAbsent(value.charAt(i), c -> new Node());
      }
      node.value = value;
    }
  }

  /** The longest known value starting at {@code start} and ending before a boundary. */
  private @Nullable String longestAt(String text, int start) {
    Node node = root;
    String longest = null;
    for (int i = start; i < text.length(); i++) {
      node = node.next.get(text.charAt(i));
      if (node == null) {
        break;
      }
      if (node.value != null && boundary(text, i + 1)) {
        longest = node.value;
      }
    }
    return longest;
  }

  private static boolean boundary(String text, int index) {
    return index < 0 || index >= text.length() || !Character.isLetterOrDigit(text.charAt(index));
  }

  private static final class Node {
    final Map<Character, Node> next = new HashMap<>();
    @Nullable String value;
  }

  /** Gathers the personal values from the estate. */
  private final class Collector extends SelectiveSink {
    @Override
    public void add(Identity identity) {
      KeyedRedaction.this.add(identity.id());
      KeyedRedaction.this.add(identity.name());
      KeyedRedaction.this.add(identity.email());
      KeyedRedaction.this.add(identity.externalId());
      KeyedRedaction.this.add(identity.ownerId());
    }

    @Override
    public void add(Credential credential) {
      KeyedRedaction.this.add(credential.externalId());
      KeyedRedaction.this.add(credential.displayName());
    }
  }
}
