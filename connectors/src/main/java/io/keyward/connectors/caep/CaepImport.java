package io.keyward.connectors.caep;

import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.alert.AlertFeedImport;
import io.keyward.connectors.alert.FeedMapper;
import io.keyward.connectors.alert.FeedSources;
import io.keyward.connectors.alert.MappedAlert;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Security event tokens, filed under {@code caep:ISSUER-HOST} when one transmitter issued them all,
 * else under {@code caep:FILE}. Signatures are checked against the JWKS option; events that cannot
 * be checked load only with {@code allowUnsigned}.
 */
final class CaepImport extends AlertFeedImport {
  private static final List<ProfileSetting> OPTIONS =
      List.of(
          ProfileSetting.optional(
              SetVerifier.JWKS,
              "Transmitter JWKS file",
              "The transmitter's public keys (its jwks_uri saved to a file); signatures are"
                  + " verified against them"),
          ProfileSetting.optional(
              SetVerifier.ALLOW_UNSIGNED,
              "Accept unverified events",
              "false",
              "true to load events whose signature cannot be checked (no JWKS, alg none, decoded"
                  + " claims)"));

  @Override
  public String name() {
    return "caep";
  }

  @Override
  public SourceKind kind() {
    return SourceKind.CAEP;
  }

  @Override
  public String description() {
    return "CAEP / Shared Signals security event tokens: compact JWTs one per line or in a JSON"
        + " array, a poll reply, or decoded claims (--jwks FILE, --allow-unsigned)";
  }

  @Override
  public List<ProfileSetting> options() {
    return OPTIONS;
  }

  @Override
  protected FeedMapper mapper(ImportOptions options, String label) {
    Jwks jwks = options.path(SetVerifier.JWKS).map(file -> Jwks.read(file, label)).orElse(null);
    return new CaepMapper(new SetVerifier(jwks, options.flag(SetVerifier.ALLOW_UNSIGNED)));
  }

  @Override
  protected Source source(@Nullable String sourceId, Collection<MappedAlert> alerts, Path file) {
    Optional<String> host = FeedSources.shared(alerts, CaepImport::issuerHost);
    String place = host.map(FeedSources::slug).orElse(FeedSources.fileStem(file));
    String id = sourceId != null ? sourceId : "caep:" + place;
    String name = "Shared Signals from " + host.orElse(FeedSources.fileStem(file));
    return FeedSources.source(id, SourceKind.CAEP, name, file);
  }

  private static @Nullable String issuerHost(MappedAlert alert) {
    String issuer = alert.raw().path("iss").asText("");
    try {
      String host = URI.create(issuer).getHost();
      return host == null ? (issuer.isBlank() ? null : issuer) : host;
    } catch (IllegalArgumentException e) {
      return issuer;
    }
  }
}
