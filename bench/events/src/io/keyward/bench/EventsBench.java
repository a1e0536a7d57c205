package io.keyward.bench;

import io.keyward.connectors.Cancellation;
import io.keyward.connectors.Connectors;
import io.keyward.connectors.FileImport;
import io.keyward.connectors.ImportOptions;
import io.keyward.connectors.SyncEngine;
import io.keyward.connectors.SyncListener;
import io.keyward.connectors.SyncOutcome;
import io.keyward.connectors.SyncProgress;
import io.keyward.model.cache.Cache;
import io.keyward.model.cache.EstateStats;
import io.keyward.model.cache.SyncSession;
import io.keyward.model.domain.Credential;
import io.keyward.model.domain.CredentialKind;
import io.keyward.model.domain.CredentialStatus;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.DelegationKind;
import io.keyward.model.domain.Identity;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.IdentityStatus;
import io.keyward.model.domain.Source;
import io.keyward.model.domain.SourceKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes N CloudTrail records (1M unless told otherwise) as CloudTrail delivers them, gzip files of
 * 5,000 records in an {@code AWSLogs/ACCOUNT/CloudTrail/REGION/YYYY/MM/DD} tree, with a realistic
 * mix: role sessions issued and then used for data calls, role chaining, IAM users' reads, denied
 * calls, IAM changes, console sign-ins and service calls. Then imports the folder into a cache
 * that holds the account's identities and reports time, records per second and peak heap.
 */
public final class EventsBench {
  private static final String ACCOUNT = "111122223333";
  private static final int PER_FILE = 5_000;
  private static final int USERS = 200;
  private static final int ROLES = 40;
  private static final Instant START = Instant.parse("2026-10-01T00:00:00Z");

  public static void main(String[] args) throws IOException {
    int records = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    Path dir = Files.createTempDirectory("keyward-events-bench-");
    try {
      run(records, dir);
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static void run(int records, Path dir) throws IOException {
    long genStart = System.nanoTime();
    Path logs = dir.resolve("AWSLogs");
    long bytes = new Generator(logs).write(records);
    double genSeconds = seconds(genStart);
    long gzBytes;
    try (Stream<Path> files = Files.walk(logs)) {
      gzBytes = files.filter(Files::isRegularFile).mapToLong(EventsBench::size).sum();
    }
    System.out.printf(
        Locale.ROOT,
        "generated %,d records (%,.0f MB of JSON, %,.0f MB gzip) in %.1f s%n",
        records,
        bytes / 1e6,
        gzBytes / 1e6,
        genSeconds);

    Path file = dir.resolve("cache.db");
    try (Cache cache = Cache.open(file)) {
      account(cache);
      List<MemoryPoolMXBean> heap =
          ManagementFactory.getMemoryPoolMXBeans().stream()
              .filter(pool -> pool.getType() == MemoryType.HEAP)
              .toList();
      System.gc();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      FileImport cloudtrail = Connectors.discover().importNamed("cloudtrail").orElseThrow();
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      long cpuStart = threads.getCurrentThreadCpuTime();
      long processCpuStart = processCpu();
      long start = System.nanoTime();
      SyncOutcome outcome =
          new SyncEngine(cache)
              .importFile(
                  cloudtrail,
                  logs,
                  null,
                  ImportOptions.NONE,
                  new PhaseTimes(start),
                  new Cancellation());
      double importSeconds = seconds(start);
      // The import runs on this thread; its CPU time next to the wall time shows how much of the
      // wall time went to waiting for a core on a shared machine. The process figure adds the GC.
      double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double processCpuSeconds = (processCpu() - processCpuStart) / 1e9;
      long peakHeap = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
      long maxHeap = Runtime.getRuntime().maxMemory();
      EstateStats stats = cache.repository().stats();
      if (!outcome.clean()) {
        throw new IllegalStateException("import did not load cleanly: " + outcome);
      }
      System.out.printf(
          Locale.ROOT,
          "imported into %s: %,d access events, %,d credentials, %,d delegations%n",
          outcome.sourceId(),
          stats.accessEvents(),
          stats.credentials(),
          stats.delegations());
      System.out.printf(
          Locale.ROOT,
          "import %.1f s wall (%,.0f records/s), %.1f s cpu on the import thread (%,.0f records per"
              + " cpu-second), %.1f s cpu in the process; peak heap %.0f MB of %.0f MB max%n",
          importSeconds,
          records / importSeconds,
          cpuSeconds,
          records / cpuSeconds,
          processCpuSeconds,
          peakHeap / 1e6,
          maxHeap / 1e6);
      System.out.printf(
          Locale.ROOT,
          "import_seconds=%.1f records=%d records_per_second=%.0f import_cpu_seconds=%.1f"
              + " process_cpu_seconds=%.1f peak_heap_mb=%.0f max_heap_mb=%.0f events=%d json_mb=%.0f"
              + " gzip_mb=%.0f generate_seconds=%.1f%n",
          importSeconds,
          records,
          records / importSeconds,
          cpuSeconds,
          processCpuSeconds,
          peakHeap / 1e6,
          maxHeap / 1e6,
          stats.accessEvents(),
          bytes / 1e6,
          gzBytes / 1e6,
          genSeconds);
    }
  }

  /** The account's users (agents with keys), roles and the trust edges role chaining follows. */
  private static void account(Cache cache) {
    Source aws = new Source("aws:" + ACCOUNT, SourceKind.AWS_IAM, "AWS bench", ACCOUNT);
    Instant created = START.minus(400, ChronoUnit.DAYS);
    try (SyncSession s = cache.beginSync(aws)) {
      for (int u = 0; u < USERS; u++) {
        String id = aws.id() + ":user/agent-" + u;
        s.add(
            new Identity(
                id,
                aws.id(),
                "arn:aws:iam::" + ACCOUNT + ":user/agent-" + u,
                IdentityKind.AGENT,
                "agent-" + u,
                null,
                IdentityStatus.ENABLED,
                created,
                null,
                "bench",
                Map.of()));
        s.add(
            new Credential(
                id + "/key/" + userKey(u),
                aws.id(),
                id,
                CredentialKind.ACCESS_KEY,
                userKey(u),
                userKey(u),
                CredentialStatus.ACTIVE,
                created,
                null,
                null,
                null,
                List.of()));
      }
      for (int r = 0; r < ROLES; r++) {
        s.add(
            new Identity(
                roleId(aws, r),
                aws.id(),
                "arn:aws:iam::" + ACCOUNT + ":role/Role" + r,
                r % 4 == 0 ? IdentityKind.AGENT : IdentityKind.ROLE,
                "Role" + r,
                null,
                IdentityStatus.ENABLED,
                created,
                null,
                "bench",
                Map.of()));
      }
      for (int r = 0; r < ROLES; r++) {
        s.add(
            new Delegation(
                roleId(aws, r) + "/trusts/" + ((r + 1) % ROLES),
                aws.id(),
                roleId(aws, r),
                roleId(aws, (r + 1) % ROLES),
                DelegationKind.ASSUME_ROLE,
                List.of("s3:GetObject"),
                null,
                null));
      }
      s.complete();
    }
  }

  private static String roleId(Source aws, int r) {
    return aws.id() + ":role/Role" + r;
  }

  private static String userKey(int u) {
    return String.format(Locale.ROOT, "AKIABENCHUSER%07d", u);
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static long size(Path p) {
    try {
      return Files.size(p);
    } catch (IOException e) {
      return 0;
    }
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  /** Writes the records; sessions are issued before they are used, as in a real trail. */
  private static final class Generator {
    private final Path logs;
    private final SplittableRandom random = new SplittableRandom(1);
    private final List<String[]> sessions = new ArrayList<>(); // {key, role, session}
    private long issued;
    private long bytes;

    Generator(Path logs) {
      this.logs = logs;
    }

    long write(int records) throws IOException {
      int files = (records + PER_FILE - 1) / PER_FILE;
      int n = 0;
      for (int f = 0; f < files; f++) {
        Instant fileTime = START.plus(f * 5L, ChronoUnit.MINUTES);
        String day = fileTime.toString().substring(0, 10).replace('-', '/');
        Path folder = logs.resolve(ACCOUNT + "/CloudTrail/us-east-1/" + day);
        Files.createDirectories(folder);
        String stamp = fileTime.toString().replace("-", "").replace(":", "").substring(0, 13);
        Path file = folder.resolve(ACCOUNT + "_CloudTrail_us-east-1_" + stamp + "Z_" + f + ".json.gz");
        try (Writer out =
            new OutputStreamWriter(new FastGzip(Files.newOutputStream(file)), StandardCharsets.UTF_8)) {
          StringBuilder b = new StringBuilder(2048);
          out.write("{\"Records\":[");
          int inFile = Math.min(PER_FILE, records - n);
          for (int i = 0; i < inFile; i++, n++) {
            b.setLength(0);
            if (i > 0) {
              b.append(',');
            }
            // CloudTrail writes whole seconds; a file holds about five minutes.
            record(b, n, fileTime.plusSeconds(i * 300L / PER_FILE));
            bytes += b.length();
            out.write(b.toString());
          }
          out.write("]}");
        }
      }
      return bytes;
    }

    private void record(StringBuilder b, int n, Instant time) {
      int pick = random.nextInt(100);
      if (sessions.isEmpty() || pick < 9) {
        assumeRole(b, n, time);
      } else if (pick < 10) {
        webIdentity(b, n, time);
      } else if (pick < 72) {
        sessionCall(b, n, time, pick < 70 ? null : "AccessDenied");
      } else if (pick < 84) {
        userCall(b, n, time, "ec2.amazonaws.com", "DescribeInstances", null);
      } else if (pick < 87) {
        userCall(b, n, time, "ec2.amazonaws.com", "RunInstances", "Client.UnauthorizedOperation");
      } else if (pick < 90) {
        change(b, n, time);
      } else if (pick < 92) {
        userCall(b, n, time, "signin.amazonaws.com", "ConsoleLogin", null);
      } else {
        service(b, n, time);
      }
    }

    private void head(StringBuilder b, int n, Instant time, String source, String name) {
      b.append("{\"eventVersion\":\"1.08\",\"eventTime\":\"")
          .append(time)
          .append("\",\"eventSource\":\"")
          .append(source)
          .append("\",\"eventName\":\"")
          .append(name)
          .append("\",\"awsRegion\":\"us-east-1\",\"sourceIPAddress\":\"10.0.")
          .append(n % 250)
          .append('.')
          .append(n % 199)
          .append("\",\"userAgent\":\"aws-sdk-java/2.25.0 Linux/6.1 OpenJDK_64-Bit_Server_VM/17\"")
          .append(",\"requestID\":\"")
          .append(uuid(n, 1))
          .append("\",\"eventID\":\"")
          .append(uuid(n, 2))
          .append("\",\"eventType\":\"AwsApiCall\",\"managementEvent\":true,")
          .append("\"recipientAccountId\":\"" + ACCOUNT + "\",\"eventCategory\":\"Management\",");
    }

    private static String uuid(int n, int salt) {
      return String.format(Locale.ROOT, "%08x-%04x-4%03x-8000-%012x", n, salt, n & 0xfff, (long) n * 7919);
    }

    private void userIdentity(StringBuilder b, int user) {
      b.append("\"userIdentity\":{\"type\":\"IAMUser\",\"principalId\":\"AIDABENCH")
          .append(user)
          .append("\",\"arn\":\"arn:aws:iam::" + ACCOUNT + ":user/agent-")
          .append(user)
          .append("\",\"accountId\":\"" + ACCOUNT + "\",\"accessKeyId\":\"")
          .append(userKey(user))
          .append("\",\"userName\":\"agent-")
          .append(user)
          .append("\"}");
    }

    private void roleIdentity(StringBuilder b, String[] session) {
      b.append("\"userIdentity\":{\"type\":\"AssumedRole\",\"principalId\":\"AROABENCH")
          .append(session[1])
          .append(':')
          .append(session[2])
          .append("\",\"arn\":\"arn:aws:sts::" + ACCOUNT + ":assumed-role/Role")
          .append(session[1])
          .append('/')
          .append(session[2])
          .append("\",\"accountId\":\"" + ACCOUNT + "\",\"accessKeyId\":\"")
          .append(session[0])
          .append("\",\"sessionContext\":{\"sessionIssuer\":{\"type\":\"Role\",\"principalId\":\"AROABENCH")
          .append(session[1])
          .append("\",\"arn\":\"arn:aws:iam::" + ACCOUNT + ":role/Role")
          .append(session[1])
          .append("\",\"accountId\":\"" + ACCOUNT + "\",\"userName\":\"Role")
          .append(session[1])
          .append("\"},\"webIdFederationData\":{},\"attributes\":{\"creationDate\":\"2026-10-01T00:00:00Z\",")
          .append("\"mfaAuthenticated\":\"false\"}}}");
    }

    private void assumeRole(StringBuilder b, int n, Instant time) {
      int role = random.nextInt(ROLES);
      boolean chained = !sessions.isEmpty() && random.nextInt(4) == 0;
      head(b, n, time, "sts.amazonaws.com", "AssumeRole");
      if (chained) {
        String[] from = recentSession();
        role = (Integer.parseInt(from[1]) + 1) % ROLES;
        roleIdentity(b, from);
      } else {
        userIdentity(b, random.nextInt(USERS));
      }
      String[] session = issue(role);
      int duration = 900 * (1 + random.nextInt(4));
      b.append(",\"requestParameters\":{\"roleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/Role")
          .append(role)
          .append("\",\"roleSessionName\":\"")
          .append(session[2])
          .append("\",\"durationSeconds\":")
          .append(duration)
          .append("},\"responseElements\":{\"credentials\":{\"accessKeyId\":\"")
          .append(session[0])
          .append("\",\"sessionToken\":\"IQoJb3JpZ2luX2VjEBENCHTOKEN\",\"expiration\":\"Oct 1, 2026, 1:00:00 AM\"},")
          .append("\"assumedRoleUser\":{\"assumedRoleId\":\"AROABENCH")
          .append(role)
          .append(':')
          .append(session[2])
          .append("\",\"arn\":\"arn:aws:sts::" + ACCOUNT + ":assumed-role/Role")
          .append(role)
          .append('/')
          .append(session[2])
          .append("\"}},\"resources\":[{\"accountId\":\"" + ACCOUNT + "\",\"type\":\"AWS::IAM::Role\",")
          .append("\"ARN\":\"arn:aws:iam::" + ACCOUNT + ":role/Role")
          .append(role)
          .append("\"}],\"readOnly\":true}");
    }

    private void webIdentity(StringBuilder b, int n, Instant time) {
      int role = random.nextInt(ROLES);
      String[] session = issue(role);
      head(b, n, time, "sts.amazonaws.com", "AssumeRoleWithWebIdentity");
      b.append("\"userIdentity\":{\"type\":\"WebIdentityUser\",\"principalId\":\"")
          .append("arn:aws:iam::" + ACCOUNT + ":oidc-provider/token.actions.githubusercontent.com:")
          .append("sts.amazonaws.com:repo:acme/app:ref:refs/heads/main\",\"userName\":")
          .append("\"repo:acme/app:ref:refs/heads/main\",\"identityProvider\":")
          .append("\"arn:aws:iam::" + ACCOUNT + ":oidc-provider/token.actions.githubusercontent.com\"}")
          .append(",\"requestParameters\":{\"roleArn\":\"arn:aws:iam::" + ACCOUNT + ":role/Role")
          .append(role)
          .append("\",\"roleSessionName\":\"")
          .append(session[2])
          .append("\"},\"responseElements\":{\"credentials\":{\"accessKeyId\":\"")
          .append(session[0])
          .append("\",\"expiration\":\"Oct 1, 2026, 1:00:00 AM\"},\"subjectFromWebIdentityToken\":")
          .append("\"repo:acme/app:ref:refs/heads/main\",\"provider\":\"arn:aws:iam::" + ACCOUNT)
          .append(":oidc-provider/token.actions.githubusercontent.com\",\"audience\":\"sts.amazonaws.com\"}}");
    }

    private void sessionCall(StringBuilder b, int n, Instant time, String errorCode) {
      String[] session = recentSession();
      boolean read = errorCode == null && random.nextInt(5) > 0;
      head(b, n, time, "s3.amazonaws.com", read ? "GetObject" : "PutObject");
      roleIdentity(b, session);
      b.append(",\"requestParameters\":{\"bucketName\":\"data-lake-")
          .append(n % 7)
          .append("\",\"key\":\"tables/part-")
          .append(n % 1000)
          .append(".parquet\",\"Host\":\"data-lake.s3.us-east-1.amazonaws.com\"},")
          .append("\"responseElements\":null,\"additionalEventData\":{\"bytesTransferredOut\":")
          .append(n % 100000)
          .append("},\"resources\":[{\"type\":\"AWS::S3::Object\",\"ARN\":\"arn:aws:s3:::data-lake-")
          .append(n % 7)
          .append("/tables/part-")
          .append(n % 1000)
          .append(".parquet\"}]");
      if (errorCode != null) {
        b.append(",\"errorCode\":\"").append(errorCode).append("\",\"errorMessage\":\"Access Denied\"");
      }
      b.append('}');
    }

    private void userCall(
        StringBuilder b, int n, Instant time, String source, String name, String errorCode) {
      head(b, n, time, source, name);
      userIdentity(b, random.nextInt(USERS));
      b.append(",\"requestParameters\":{\"maxResults\":100},\"responseElements\":null");
      if (errorCode != null) {
        b.append(",\"errorCode\":\"")
            .append(errorCode)
            .append("\",\"errorMessage\":\"You are not authorized to perform this operation.\"");
      }
      b.append('}');
    }

    private void change(StringBuilder b, int n, Instant time) {
      head(b, n, time, "iam.amazonaws.com", "AttachRolePolicy");
      userIdentity(b, random.nextInt(USERS));
      b.append(",\"requestParameters\":{\"roleName\":\"Role")
          .append(random.nextInt(ROLES))
          .append("\",\"policyArn\":\"arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess\"},")
          .append("\"responseElements\":null}");
    }

    private void service(StringBuilder b, int n, Instant time) {
      head(b, n, time, "kms.amazonaws.com", "Decrypt");
      b.append("\"userIdentity\":{\"type\":\"AWSService\",\"invokedBy\":\"lambda.amazonaws.com\"},")
          .append("\"requestParameters\":{\"encryptionAlgorithm\":\"SYMMETRIC_DEFAULT\"},")
          .append("\"responseElements\":null,\"resources\":[{\"accountId\":\"" + ACCOUNT + "\",")
          .append("\"type\":\"AWS::KMS::Key\",\"ARN\":\"arn:aws:kms:us-east-1:" + ACCOUNT)
          .append(":key/1234abcd-12ab-34cd-56ef-1234567890ab\"}]}");
    }

    private String[] issue(int role) {
      issued++;
      String key = String.format(Locale.ROOT, "ASIABENCH%011d", issued);
      String[] session = {key, Integer.toString(role), "run-" + issued};
      sessions.add(session);
      if (sessions.size() > 500) {
        sessions.remove(0);
      }
      return session;
    }

    private String[] recentSession() {
      return sessions.get(sessions.size() - 1 - random.nextInt(Math.min(50, sessions.size())));
    }
  }

  /** Prints each phase of the run as it starts, with the time since the import began. */
  private static final class PhaseTimes implements SyncListener {
    private final long start;
    private String phase = "";

    PhaseTimes(long start) {
      this.start = start;
    }

    @Override
    public void progress(SyncProgress progress) {
      if (!progress.phase().equals(phase)) {
        phase = progress.phase();
        System.out.printf(Locale.ROOT, "  %6.1f s  %s%n", seconds(start), phase);
      }
    }
  }

  /** Gzip at the fastest level: the benchmark measures the import, not the writer. */
  private static final class FastGzip extends GZIPOutputStream {
    FastGzip(OutputStream out) throws IOException {
      super(out, 1 << 16);
      def.setLevel(Deflater.BEST_SPEED);
    }
  }
}
