package io.keyward.connectors.entra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.BearerAuth;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.http.RefusedReplyException;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.TokenEndpoint;
import io.keyward.connectors.http.WireJson;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Microsoft Graph over HTTP, nothing else: an app-only token from the tenant's token endpoint,
 * collections read page by page along {@code @odata.nextLink} exactly as Graph gives it.
 */
final class GraphClient {
  private static final Logger LOG = LoggerFactory.getLogger(GraphClient.class);

  private final SourceHttp http;
  private final EntraSettings settings;
  private final Cancellation cancellation;
  private final IntConsumer pageRead;

  /**
   * @param pageRead told how many items each page held, after it was read: where a sync checks for
   *     cancel and counts progress
   */
  GraphClient(
      SourceHttp http, EntraSettings settings, Cancellation cancellation, IntConsumer pageRead) {
    this.http = http;
    this.settings = settings;
    this.cancellation = cancellation;
    this.pageRead = pageRead;
  }

  static GraphClient open(
      String sourceId,
      EntraSettings settings,
      EntraCredential credential,
      HttpTuning tuning,
      Clock clock,
      Cancellation cancellation,
      IntConsumer pageRead) {
    return new GraphClient(
        http(sourceId, settings, credential, tuning, clock, cancellation),
        settings,
        cancellation,
        pageRead);
  }

  /** Graph with an app-only token of {@code credential}, renewed when Graph says it expired. */
  static SourceHttp http(
      String sourceId,
      EntraSettings settings,
      EntraCredential credential,
      HttpTuning tuning,
      Clock clock,
      Cancellation cancellation) {
    BearerAuth auth =
        TokenEndpoint.bearer(
            tuning,
            sourceId,
            settings.tokenUrl(),
            clock,
            () -> credential.tokenForm(settings, clock.instant()),
            cancellation);
    return tuning.builder(sourceId).rules(GraphReplyRules.INSTANCE).auth(auth).clock(clock).build();
  }

  /** Every item of the collection at {@code pathAndQuery}, e.g. {@code /users?$top=999}. */
  <T> List<T> list(String pathAndQuery, Class<T> type) {
    return list(pathAndQuery, type, null, false);
  }

  /**
   * Like {@link #list(String, Class)} for the items of {@code owner}, e.g. a group's members.
   *
   * @param owner named in errors, e.g. {@code group 4a1f...}
   */
  <T> List<T> list(String pathAndQuery, Class<T> type, String owner) {
    return list(pathAndQuery, type, owner, false);
  }

  /**
   * For preview endpoints (agent identities): a 403 or 404 on the first page means the tenant has
   * none, or the feature is not there yet, and is no reason to fail the sync.
   */
  <T> List<T> listIfAvailable(String pathAndQuery, Class<T> type, @Nullable String owner) {
    return list(pathAndQuery, type, owner, true);
  }

  /**
   * At most {@code max} items of a log the app may not be allowed to read (audit logs need
   * AuditLog.Read.All and a premium licence): a 403 or 404 on the first page is told to {@code
   * refused} with its status, and reads as none.
   */
  <T> List<T> listPermitted(HttpUrl first, Class<T> type, int max, IntConsumer refused) {
    return list(first, type, null, refused, max);
  }

  private <T> List<T> list(
      String pathAndQuery, Class<T> type, @Nullable String owner, boolean optional) {
    return list(settings.v1(pathAndQuery), type, owner, optional ? status -> {} : null, 0);
  }

  /**
   * @param refused where a 403 or 404 on the first page goes instead of failing; null to fail
   * @param max stop after this many items (0 for all)
   */
  private <T> List<T> list(
      HttpUrl first,
      Class<T> type,
      @Nullable String owner,
      @Nullable IntConsumer refused,
      int max) {
    List<T> items = new ArrayList<>();
    HttpUrl next = first;
    for (int page = 1; next != null && (max == 0 || items.size() < max); page++) {
      String endpoint = "GET " + next.encodedPath();
      String item = (owner == null ? "" : owner + ", ") + "page " + page;
      HttpReply reply;
      try {
        reply = http.send(endpoint, new Request.Builder().url(next).build(), item, cancellation);
      } catch (RefusedReplyException e) {
        if (refused != null && page == 1 && (e.status() == 403 || e.status() == 404)) {
          LOG.info("{}: {} answered {}; reading it as none", http.source(), endpoint, e.status());
          refused.accept(e.status());
          return List.of();
        }
        throw e;
      }
      GraphWire.Page body =
          WireJson.read(reply.body(), GraphWire.Page.class, http.source(), endpoint, item);
      if (body.value() == null) {
        throw new SourceException(http.source(), endpoint, item, "the reply has no value array");
      }
      for (int i = 0; i < body.value().size() && (max == 0 || items.size() < max); i++) {
        items.add(convert(body.value().get(i), type, endpoint, item + ", item " + (i + 1)));
      }
      pageRead.accept(body.value().size());
      next = nextPage(body.nextLink(), endpoint, item);
    }
    return items;
  }

  /** The next link, verbatim, as long as it stays on the Graph host the token is meant for. */
  private @Nullable HttpUrl nextPage(@Nullable String link, String endpoint, String item) {
    if (link == null || link.isBlank()) {
      return null;
    }
    HttpUrl url = HttpUrl.parse(link);
    HttpUrl graph = settings.graphUrl();
    if (url == null
        || !url.scheme().equals(graph.scheme())
        || !url.host().equals(graph.host())
        || url.port() != graph.port()) {
      throw new SourceException(
          http.source(),
          endpoint,
          item,
          "@odata.nextLink does not point at " + graph + ": " + link);
    }
    return url;
  }

  private <T> T convert(JsonNode node, Class<T> type, String endpoint, String item) {
    try {
      return WireJson.MAPPER.treeToValue(node, type);
    } catch (JsonProcessingException e) {
      throw new SourceException(
          http.source(), endpoint, item, "malformed item: " + e.getOriginalMessage(), e);
    }
  }
}
