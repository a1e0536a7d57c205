package io.keyward.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code keyward import --source cloudtrail} of a log folder, as scripts see it. */
class CloudTrailImportCliTest {
  private static final String RECORD =
      """
      {"eventVersion":"1.08","userIdentity":{"type":"IAMUser","principalId":"AIDAEXAMPLE","arn":"arn:aws:iam::111122223333:user/ci","accountId":"111122223333","accessKeyId":"AKIAEXAMPLECIBOT0001","userName":"ci"},"eventTime":"2026-11-20T10:0%dZ","eventSource":"sts.amazonaws.com","eventName":"AssumeRole","awsRegion":"us-east-1","sourceIPAddress":"203.0.113.10","requestParameters":{"roleArn":"arn:aws:iam::111122223333:role/Reader","roleSessionName":"run","durationSeconds":900},"responseElements":{"credentials":{"accessKeyId":"ASIAEXAMPLEREADER00%d","expiration":"Nov 20, 2026, 10:15:00 AM"}},"eventID":"e%d","eventType":"AwsApiCall","recipientAccountId":"111122223333"}""";

  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KeywardCommand.commandLine(CliEnvironment.system());
    cli.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));
    return new Run(cli.execute(args), out.toString(), err.toString());
  }

  private static String record(int n) {
    return RECORD.strip().formatted(n, n, n);
  }

  @Test
  void aLogFolderImportsEveryFileBelowItUnderTheAccount() throws Exception {
    Path day =
        Files.createDirectories(
            dir.resolve("AWSLogs/111122223333/CloudTrail/us-east-1/2026/11/20"));
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(day.resolve("a.json.gz")))) {
      gz.write(
          ("{\"Records\":[" + record(1) + "," + record(2) + "]}").getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(day.resolve("b.json"), "{\"Records\":[" + record(3) + "]}");
    String cache = dir.resolve("cache.db").toString();

    Run imported =
        run(
            "import",
            "--source",
            "cloudtrail",
            dir.resolve("AWSLogs").toString(),
            "--cache",
            cache);
    Run stats = run("stats", "--json", "--cache", cache);

    assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
    assertThat(imported.out()).contains("cloudtrail:111122223333");
    assertThat(stats.out()).contains("\"accessEvents\":3");
  }

  @Test
  void aMissingFolderIsOneLine() {
    Run imported =
        run(
            "import",
            "--source",
            "cloudtrail",
            dir.resolve("nowhere").toString(),
            "--cache",
            dir.resolve("cache.db").toString());

    assertThat(imported.exit()).isNotZero();
    assertThat(imported.err().strip())
        .isEqualTo("keyward: cloudtrail: no file or folder " + dir.resolve("nowhere"));
  }

  @Test
  void isListed() {
    assertThat(run("import", "--list").out()).contains("cloudtrail");
  }
}
