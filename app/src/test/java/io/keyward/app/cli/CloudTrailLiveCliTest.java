package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.CredentialPrompt;
import io.keyward.connectors.cloudtrail.CloudTrailConnector;
import io.keyward.connectors.http.HttpTuning;
import io.keyward.connectors.http.RetryPolicy;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A live CloudTrail source as a user sets it up: {@code sources add cloudtrail --set region=...},
 * {@code sources test}, {@code sync}, against a loopback LookupEvents.
 */
class CloudTrailLiveCliTest {
  private static final String EVENT =
      "{\"eventVersion\":\"1.08\",\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":"
          + "\"AIDAEXAMPLE\",\"arn\":\"arn:aws:iam::111122223333:user/ci\",\"accountId\":"
          + "\"111122223333\",\"accessKeyId\":\"AKIAEXAMPLECIBOT0001\",\"userName\":\"ci\"},"
          + "\"eventTime\":\"2026-11-20T10:00:00Z\",\"eventSource\":\"iam.amazonaws.com\","
          + "\"eventName\":\"ListUsers\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":"
          + "\"203.0.113.10\",\"eventID\":\"e1\",\"eventType\":\"AwsApiCall\","
          + "\"recipientAccountId\":\"111122223333\"}";
  private static final String PAGE =
      "{\"Events\":[{\"EventId\":\"e1\",\"EventName\":\"ListUsers\",\"ReadOnly\":\"true\","
          + "\"EventTime\":1.7951688E9,\"EventSource\":\"iam.amazonaws.com\",\"Username\":\"ci\","
          + "\"Resources\":[],\"CloudTrailEvent\":"
          + quoted(EVENT)
          + "}]}";

  @TempDir Path dir;
  private HttpServer server;
  private final List<String> targets = Collections.synchronizedList(new ArrayList<>());

  private record Run(int exit, String out, String err) {}

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          targets.add(exchange.getRequestHeaders().getFirst("X-Amz-Target"));
          byte[] body = PAGE.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "application/x-amz-json-1.1");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private Run run(String... args) {
    ConnectEnvironment connect =
        new ConnectEnvironment(
            Map.of(
                "XDG_CONFIG_HOME", dir.resolve("config").toString(),
                "AWS_ACCESS_KEY_ID", "AKIDEXAMPLE",
                "AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG"),
            dir,
            CredentialPrompt.NONE,
            new HttpTuning(RetryPolicy.DEFAULT, (duration, cancellation, source) -> {}));
    CliEnvironment environment =
        new CliEnvironment(new Connectors(List.of(new CloudTrailConnector())), connect, false);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(environment);
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private String endpoint() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  @Test
  void aRegionSourceIsAddedTestedAndSynced() {
    Run add =
        run(
            "sources",
            "add",
            "cloudtrail",
            "cloudtrail:live",
            "--set",
            "region=eu-west-1",
            "--set",
            "endpoint=" + endpoint());
    assertThat(add.exit()).as(add.err()).isZero();

    Run test = run("sources", "test", "cloudtrail:live");
    assertThat(test.exit()).as(test.err()).isZero();
    assertThat(test.out())
        .startsWith("OK cloudtrail:live: CloudTrail LookupEvents in eu-west-1 at " + endpoint())
        .contains("latest event ListUsers at 2026-11-20T10:00:00Z");

    String cache = dir.resolve("cache.db").toString();
    Run sync = run("sync", "--cache", cache);
    Run stats = run("stats", "--json", "--cache", cache);
    assertThat(sync.exit()).as(sync.out() + sync.err()).isZero();
    assertThat(sync.out()).contains("cloudtrail:live: completed, 1 items loaded");
    assertThat(stats.out()).contains("\"accessEvents\":1");
    assertThat(targets)
        .hasSize(2)
        .allMatch("com.amazonaws.cloudtrail.v20131101.CloudTrail_20131101.LookupEvents"::equals);
  }

  @Test
  void aProfileWithBothOrNeitherIsRefusedBeforeItIsSaved() {
    Run both =
        run(
            "sources",
            "add",
            "cloudtrail",
            "cloudtrail:x",
            "--set",
            "region=eu-west-1",
            "--set",
            "path=/data/trail");
    Run neither = run("sources", "add", "cloudtrail", "cloudtrail:y");

    assertThat(both.exit()).isNotZero();
    assertThat(both.err())
        .isEqualTo(
            "keyward: source cloudtrail:x sets both 'path' and 'region'; a cloudtrail source reads"
                + " either a log folder (path) or the live event history (region), not both\n");
    assertThat(neither.err())
        .isEqualTo(
            "keyward: source cloudtrail:y needs the setting 'path' (a log folder to read) or"
                + " 'region' (to read the event history live through LookupEvents)\n");
    assertThat(targets).isEmpty();
  }
}
