package io.keyward.model.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.keyward.model.cache.EstateStats;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a snapshot says about itself, stored as {@code manifest.json}; docs/snapshots.md lists its
 * keys.
 *
 * @param entries the SHA-256 (hex) of each content entry, by entry name
 * @param sizes the size in bytes of each content entry, by entry name: extraction stops beyond it
 * @param maturityLevel the scorecard level of the whole estate when it was taken, 1 to 4
 * @param signingKey present when {@code manifest.sig} signs this manifest
 */
public record SnapshotManifest(
    int formatVersion,
    String keywardVersion,
    Instant createdAt,
    int cacheSchema,
    boolean redacted,
    List<SnapshotSource> sources,
    EstateStats counts,
    int maturityLevel,
    long auditEntries,
    String auditHead,
    Map<String, String> entries,
    Map<String, Long> sizes,
    Optional<SigningKey.Public> signingKey) {

  /** The value of {@code format}, telling a snapshot manifest from any other JSON. */
  public static final String FORMAT = "keyward-snapshot";

  /** The format this Keyward writes and the newest it reads. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public SnapshotManifest {
    sources = List.copyOf(sources);
    entries = Map.copyOf(entries);
    sizes = Map.copyOf(sizes);
  }

  /** One source the cache held. */
  public record SnapshotSource(String id, String kind, String name) {}

  /** This manifest with {@code key} named as the one that signs it. */
  SnapshotManifest signedBy(SigningKey.Public key) {
    return new SnapshotManifest(
        formatVersion,
        keywardVersion,
        createdAt,
        cacheSchema,
        redacted,
        sources,
        counts,
        maturityLevel,
        auditEntries,
        auditHead,
        entries,
        sizes,
        Optional.of(key));
  }

  public byte[] toJson() {
    ObjectNode root = JSON.createObjectNode();
    root.put("format", FORMAT);
    root.put("formatVersion", formatVersion);
    root.put("keywardVersion", keywardVersion);
    root.put("createdAt", createdAt.toString());
    root.put("cacheSchema", cacheSchema);
    root.put("redacted", redacted);
    ArrayNode sourceArray = root.putArray("sources");
    for (SnapshotSource source : sources) {
      sourceArray
          .addObject()
          .put("id", source.id())
          .put("kind", source.kind())
          .put("name", source.name());
    }
    root.set("counts", JSON.valueToTree(counts));
    root.put("maturityLevel", maturityLevel);
    root.putObject("audit").put("entries", auditEntries).put("head", auditHead);
    ObjectNode entryNode = root.putObject("entries");
    entries.keySet().stream().sorted().forEach(name -> entryNode.put(name, entries.get(name)));
    ObjectNode sizeNode = root.putObject("sizes");
    sizes.keySet().stream().sorted().forEach(name -> sizeNode.put(name, sizes.get(name)));
    signingKey.ifPresent(
        key ->
            root.putObject("signingKey")
                .put("algorithm", "Ed25519")
                .put("publicKey", key.base64())
                .put("fingerprint", key.fingerprint()));
    try {
      return JSON.writeValueAsBytes(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a manifest always serialises", e);
    }
  }

  /**
   * Reads a manifest, refusing anything that is not one or is of a newer format.
   *
   * @throws SnapshotException with the reason
   */
  public static SnapshotManifest parse(byte[] json) {
    JsonNode root;
    try {
      root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new SnapshotException("its manifest.json is not JSON; not a Keyward snapshot");
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new SnapshotException("its manifest.json is not a Keyward snapshot manifest");
    }
    int version = root.path("formatVersion").asInt(-1);
    if (version < 1 || version > FORMAT_VERSION) {
      throw new SnapshotException(
          "it is in snapshot format "
              + root.path("formatVersion").asText("?")
              + "; this Keyward reads format "
              + FORMAT_VERSION);
    }
    try {
      List<SnapshotSource> sources = new ArrayList<>();
      for (JsonNode source : required(root, "sources")) {
        sources.add(
            new SnapshotSource(text(source, "id"), text(source, "kind"), text(source, "name")));
      }
      Map<String, String> entries = new LinkedHashMap<>();
      required(root, "entries")
          .fields()
          .forEachRemaining(e -> entries.put(e.getKey(), e.getValue().asText()));
      Map<String, Long> sizes = new LinkedHashMap<>();
      required(root, "sizes")
          .fields()
          .forEachRemaining(e -> sizes.put(e.getKey(), e.getValue().asLong()));
      JsonNode key = root.get("signingKey");
      Optional<SigningKey.Public> signingKey =
          key == null
              ? Optional.empty()
              : Optional.of(SigningKey.Public.fromBase64(text(key, "publicKey")));
      return new SnapshotManifest(
          version,
          text(root, "keywardVersion"),
          Instant.parse(text(root, "createdAt")),
          required(root, "cacheSchema").asInt(),
          required(root, "redacted").asBoolean(),
          sources,
          JSON.treeToValue(required(root, "counts"), EstateStats.class),
          required(root, "maturityLevel").asInt(),
          required(required(root, "audit"), "entries").asLong(),
          text(required(root, "audit"), "head"),
          entries,
          sizes,
          signingKey);
    } catch (JsonProcessingException | DateTimeParseException | IllegalArgumentException e) {
      throw new SnapshotException("its manifest.json is damaged (" + e.getMessage() + ")");
    }
  }

  private static JsonNode required(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("no " + field);
    }
    return value;
  }

  private static String text(JsonNode node, String field) {
    return required(node, field).asText();
  }
}
