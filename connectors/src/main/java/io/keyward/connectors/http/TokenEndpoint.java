package io.keyward.connectors.http;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceException;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth 2.0 token endpoint (RFC 6749): posts a form grant and reads {@code access_token} and
 * {@code expires_in}. Entra ID, Google and Keycloak all answer this way. Errors carry the
 * endpoint's {@code error} code and description, never the form, which holds the credential.
 */
public final class TokenEndpoint {
  private final SourceHttp http;
  private final HttpUrl url;
  private final Clock clock;

  /**
   * @param http built with {@link #RULES} and no auth
   */
  public TokenEndpoint(SourceHttp http, HttpUrl url, Clock clock) {
    this.http = http;
    this.url = url;
    this.clock = clock;
  }

  /**
   * Bearer auth for a source whose tokens come from {@code url}: each token is the reply to the
   * form {@code grant} makes at that moment (a JWT assertion must be fresh), sent with {@code
   * tuning}'s retries.
   */
  public static BearerAuth bearer(
      HttpTuning tuning,
      String source,
      HttpUrl url,
      Clock clock,
      Supplier<Map<String, String>> grant,
      Cancellation cancellation) {
    SourceHttp http = tuning.builder(source).rules(RULES).clock(clock).build();
    TokenEndpoint endpoint = new TokenEndpoint(http, url, clock);
    return new BearerAuth(() -> endpoint.request(grant.get(), cancellation), clock);
  }

  public AccessToken request(Map<String, String> form, Cancellation cancellation) {
    FormBody.Builder body = new FormBody.Builder();
    form.forEach(body::add);
    Request request = new Request.Builder().url(url).post(body.build()).build();
    String endpoint = "POST " + url.encodedPath();
    HttpReply reply = http.send(endpoint, request, "token", cancellation);
    TokenReply token = WireJson.read(reply.body(), TokenReply.class, http.source(), endpoint, null);
    if (token.accessToken() == null || token.accessToken().isEmpty()) {
      throw new SourceException(http.source(), endpoint, "token", "the reply has no access_token");
    }
    long lifetime = token.expiresIn() == null ? 300 : token.expiresIn();
    return new AccessToken(Secret.of(token.accessToken()), clock.instant().plusSeconds(lifetime));
  }

  /**
   * Rules for the {@link SourceHttp} a token endpoint uses: refusals are told with the error fields
   * of RFC 6749 §5.2, which every one of our token endpoints sends.
   */
  public static final ReplyRules RULES =
      new ReplyRules() {
        @Override
        public String problem(HttpReply reply) {
          OAuthError error = WireJson.readLeniently(reply.body(), OAuthError.class);
          if (error == null || error.error() == null) {
            return "the token request was refused: " + ReplyRules.DEFAULT.problem(reply);
          }
          return "the token request was refused: HTTP "
              + reply.status()
              + ": "
              + error.error()
              + (error.description() == null ? "" : ": " + error.description());
        }
      };

  @JsonIgnoreProperties(ignoreUnknown = true)
  record TokenReply(
      @JsonProperty("access_token") @Nullable String accessToken,
      @JsonProperty("expires_in") @Nullable Long expiresIn) {

    @Override
    public String toString() {
      return "TokenReply[expiresIn=" + expiresIn + "]";
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OAuthError(
      @Nullable String error, @JsonProperty("error_description") @Nullable String description) {}
}
