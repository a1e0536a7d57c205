package io.keyward.connectors.huggingface;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connector;
import io.keyward.connectors.MappedItems;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceConnection;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.SourceProfile;
import io.keyward.connectors.SyncContext;
import io.keyward.connectors.http.HeaderAuth;
import io.keyward.connectors.huggingface.HubWire.WhoAmI;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.util.List;
import okhttp3.HttpUrl;

/** A Hugging Face organisation on the Hub (or a private Hub), read with a user access token. */
public final class HuggingFaceConnector implements Connector {
  static final String ORGANIZATION = "organization";
  static final String URL = "url";
  static final String DEFAULT_URL = "https://huggingface.co";
  static final String TOKEN_VARIABLE = "HF_TOKEN";

  private final int pageSize;

  public HuggingFaceConnector() {
    this(HubClient.PAGE_SIZE);
  }

  /** For tests: small pages make paging visible with a handful of items. */
  HuggingFaceConnector(int pageSize) {
    this.pageSize = pageSize;
  }

  @Override
  public SourceKind kind() {
    return SourceKind.HUGGING_FACE;
  }

  @Override
  public String cliName() {
    return "huggingface";
  }

  @Override
  public List<ProfileSetting> settings() {
    return List.of(
        ProfileSetting.required(
            ORGANIZATION, "Organization", "The organisation to read, e.g. acme-ml"),
        ProfileSetting.optional(
            URL,
            "Hub URL",
            DEFAULT_URL,
            "The Hub; the token comes from " + TOKEN_VARIABLE + " or a prompt"));
  }

  private static HttpUrl url(SourceProfile profile) {
    String text = profile.setting(URL).orElse(DEFAULT_URL);
    HttpUrl url = HttpUrl.parse(text);
    if (url == null) {
      throw new IllegalArgumentException(
          "source " + profile.id() + ": url '" + text + "' is not an http(s) URL");
    }
    return url;
  }

  /**
   * The organisation's page, e.g. {@code https://huggingface.co/acme-ml}: grants on it reach it
   * all.
   */
  @Override
  public String location(SourceProfile profile) {
    return url(profile)
        .newBuilder()
        .addPathSegment(profile.require(ORGANIZATION))
        .build()
        .toString();
  }

  @Override
  public SourceConnection connect(SourceProfile profile, ConnectEnvironment environment) {
    String organization = profile.require(ORGANIZATION);
    HttpUrl url = url(profile);
    Secret token =
        environment
            .secret(TOKEN_VARIABLE, "Hugging Face token for " + organization)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "source " + profile.id() + " needs a token: set " + TOKEN_VARIABLE));
    Source source = source(profile);
    return new SourceConnection() {
      @Override
      public String test() {
        WhoAmI me = client(new Cancellation()).whoAmI();
        return "Hugging Face at " + url + " as " + me.name() + ", reading " + organization;
      }

      @Override
      public void sync(SyncContext context) {
        HubClient client = client(context.cancellation());
        context.phase("reading the token's identity");
        WhoAmI me = client.whoAmI();
        context.phase("reading members of " + organization);
        var members = client.members(organization, context::advance);
        context.phase("reading models");
        var models = client.repos("models", organization, context::advance);
        context.phase("reading datasets");
        var datasets = client.repos("datasets", organization, context::advance);
        MappedItems items;
        try {
          items =
              new HubMapper(source.id(), organization, source.location())
                  .map(new HubSnapshot(me, members, models, datasets));
        } catch (IllegalArgumentException e) {
          throw new SourceException(source.id(), url.toString(), organization, e.getMessage(), e);
        }
        context.load(source, items::writeTo);
      }

      private HubClient client(Cancellation cancellation) {
        return new HubClient(
            environment
                .http()
                .builder(source.id())
                .auth(HeaderAuth.bearer(token))
                .rules(new HubReplyRules())
                .build(),
            url,
            pageSize,
            cancellation);
      }
    };
  }
}
