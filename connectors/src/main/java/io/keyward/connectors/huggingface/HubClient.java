package io.keyward.connectors.huggingface;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.SourceException;
import io.keyward.connectors.http.HttpReply;
import io.keyward.connectors.http.SourceHttp;
import io.keyward.connectors.http.WireJson;
import io.keyward.connectors.huggingface.HubWire.Member;
import io.keyward.connectors.huggingface.HubWire.Repo;
import io.keyward.connectors.huggingface.HubWire.WhoAmI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The Hub API under {@code {url}/api}, read-only. Lists page through the {@code Link} header's
 * {@code rel="next"} URL, followed verbatim as huggingface_hub does.
 */
final class HubClient {
  static final int PAGE_SIZE = 100;
  private static final Pattern NEXT = Pattern.compile("<([^>]+)>\\s*;\\s*rel=\"?next\"?");

  private final SourceHttp http;
  private final HttpUrl url;
  private final int pageSize;
  private final Cancellation cancellation;

  HubClient(SourceHttp http, HttpUrl url, int pageSize, Cancellation cancellation) {
    this.http = http;
    this.url = url;
    this.pageSize = pageSize;
    this.cancellation = cancellation;
  }

  WhoAmI whoAmI() {
    HttpUrl whoami = url.newBuilder().addPathSegments("api/whoami-v2").build();
    return read(send(whoami), WhoAmI.class, whoami);
  }

  List<Member> members(String organization, LongConsumer progress) {
    return pages(
        url.newBuilder()
            .addPathSegments("api/organizations")
            .addPathSegment(organization)
            .addPathSegment("members")
            .build(),
        Member[].class,
        progress);
  }

  /**
   * @param kind {@code models} or {@code datasets}
   */
  List<Repo> repos(String kind, String organization, LongConsumer progress) {
    return pages(
        url.newBuilder()
            .addPathSegments("api/" + kind)
            .addQueryParameter("author", organization)
            .addQueryParameter("limit", Integer.toString(pageSize))
            .addQueryParameter("full", "true")
            .build(),
        Repo[].class,
        progress);
  }

  private <T> List<T> pages(HttpUrl first, Class<T[]> type, LongConsumer progress) {
    List<T> all = new ArrayList<>();
    Set<HttpUrl> seen = new HashSet<>();
    HttpUrl next = first;
    while (next != null) {
      if (!seen.add(next)) {
        throw new SourceException(
            http.source(),
            "GET " + next.encodedPath(),
            null,
            "the next link points back at " + next);
      }
      HttpReply reply = send(next);
      List<T> page = List.of(read(reply, type, next));
      all.addAll(page);
      progress.accept(page.size());
      next = nextLink(reply, next);
    }
    return all;
  }

  /**
   * The {@code rel="next"} target of the reply's {@code Link} header, resolved against {@code at}.
   */
  static @Nullable HttpUrl nextLink(HttpReply reply, HttpUrl at) {
    String link = reply.header("Link").orElse(null);
    if (link == null) {
      return null;
    }
    Matcher matcher = NEXT.matcher(link);
    return matcher.find() ? at.resolve(matcher.group(1)) : null;
  }

  private HttpReply send(HttpUrl target) {
    Request request = new Request.Builder().url(target).get().build();
    return http.send("GET " + target.encodedPath(), request, null, cancellation);
  }

  private <T> T read(HttpReply reply, Class<T> type, HttpUrl target) {
    return WireJson.read(reply.body(), type, http.source(), "GET " + target.encodedPath(), null);
  }
}
