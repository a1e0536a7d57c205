package io.keyward.bench;

import io.keyward.model.cache.Cache;
import io.keyward.model.cache.DemoInfo;
import io.keyward.model.demo.DemoEstate;
import io.keyward.model.demo.DemoScale;
import io.keyward.model.graph.BlastRadii;
import io.keyward.model.graph.BlastRadius;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationPaths;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.Escalations;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.ReachOptions;
import io.keyward.model.graph.ReachedIdentity;
import io.keyward.model.graph.SqliteReach;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.BreadthFirstIterator;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Result;
import org.neo4j.graphdb.Transaction;

/**
 * The delegation graph on the large estate, three ways: Keyward's compact index, Neo4j embedded
 * (Cypher variable-length paths, the engine Cartography and BloodHound use) and a SQLite recursive
 * CTE on the cache itself. Same 1,000 random identities, same answers checked equal (reached
 * principals and their distinct permission/resource pairs), then path queries and the escalation
 * scan. A JGraphT object graph of the same edges is built once for the memory comparison in ADR
 * 0008. Prints a table and ends with one key=value line.
 */
public final class GraphBench {
  private static final int SAMPLES = 1_000;
  private static final int PATH_SAMPLES = 200;
  private static final int BATCH = 50_000;
  private static final Label PRINCIPAL = Label.label("Principal");
  private static final Label GRANT = Label.label("Grant");
  private static final RelationshipType DELEGATES = RelationshipType.withName("DELEGATES");
  private static final RelationshipType HOLDS = RelationshipType.withName("HOLDS");
  private static final String CYPHER_REACH =
      "MATCH (s:Principal {id: $id})-[:DELEGATES*0..]->(r:Principal) WITH DISTINCT r"
          + " OPTIONAL MATCH (r)-[:HOLDS]->(g:Grant)"
          + " RETURN collect(DISTINCT r.id) AS ids, collect(DISTINCT g.key) AS grants";
  private static final String CYPHER_PATH =
      "MATCH p = shortestPath((a:Principal {id: $from})-[:DELEGATES*]->(b:Principal {id: $to}))"
          + " RETURN length(p) AS hops";
  private static final String SQL_PATH =
      "WITH RECURSIVE walk(id, hops) AS (SELECT ?, 0 UNION SELECT d.to_id, w.hops + 1"
          + " FROM delegations d JOIN walk w ON d.from_id = w.id WHERE w.hops < 12)"
          + " SELECT min(hops) FROM walk WHERE id = ?";

  private final List<String[]> table = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("keyward-graph-bench-");
    try {
      Path cache = args.length > 0 ? Path.of(args[0]) : generate(dir.resolve("large.db"));
      new GraphBench().run(cache, dir);
    } finally {
      delete(dir);
    }
  }

  private static Path generate(Path file) {
    System.out.println("generating the large estate into " + file + " (about 15 s) ...");
    try (Cache cache = Cache.open(file)) {
      DemoEstate.write(cache, DemoScale.LARGE, 1, Instant.parse("2026-11-23T09:00:00Z"));
    }
    return file;
  }

  private void run(Path file, Path dir) throws Exception {
    Instant asOf;
    long before = usedHeap();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    long start = System.nanoTime();
    GraphIndex graph;
    try (Cache cache = Cache.open(file)) {
      asOf = cache.demoInfo().map(DemoInfo::asOf).orElse(Instant.now());
      graph = GraphIndex.load(cache.repository(), asOf);
    }
    double buildSeconds = seconds(start);
    double buildCpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9;
    double heapMb = (usedHeap() - before) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "estate %s: %,d principals, %,d delegation hops, %,d grants, %,d resources%n",
        file,
        graph.nodeCount(),
        graph.edgeCount(),
        graph.grantCount(),
        graph.resourceCount());
    row("index build", "%.1f s", buildSeconds, "cpu %.1f s", buildCpu);
    row("index heap", "%.0f MB", heapMb, "", Double.NaN);

    List<String> sample = sample(graph);
    BlastRadii radii = new BlastRadii(graph);
    for (String id : sample) {
      radii.of(id); // warm-up: every engine answers the whole sample once before it is timed
    }
    double[] ours = new double[SAMPLES];
    Map<String, Answer> answers = new HashMap<>();
    for (int i = 0; i < SAMPLES; i++) {
      String id = sample.get(i);
      long t = System.nanoTime();
      BlastRadius radius = radii.of(id);
      ours[i] = millis(t);
      answers.put(id, Answer.of(radius));
    }
    row("blast radius, keyward", "p50 %.3f ms", p(ours, 50), "p95 %.3f ms", p(ours, 95));

    double[] sql = new double[SAMPLES];
    try (SqliteReach reach = new SqliteReach(file, asOf)) {
      for (String id : sample) {
        reach.identities(id);
        reach.grants(id);
      }
      for (int i = 0; i < SAMPLES; i++) {
        String id = sample.get(i);
        long t = System.nanoTime();
        Answer answer = new Answer(reach.identities(id), reach.grants(id));
        sql[i] = millis(t);
        check("sqlite", id, answers.get(id), answer);
      }
    }
    row("blast radius, sqlite CTE", "p50 %.3f ms", p(sql, 50), "p95 %.3f ms", p(sql, 95));

    List<String[]> pairs = pathPairs(graph, radii, sample);
    DelegationPaths paths = new DelegationPaths(graph);
    double[] ourPaths = new double[pairs.size()];
    double[] ourKPaths = new double[pairs.size()];
    int[] hops = new int[pairs.size()];
    for (int i = 0; i < pairs.size(); i++) {
      long t = System.nanoTime();
      List<DelegationChain> found = paths.between(pairs.get(i)[0], pairs.get(i)[1], 1, ReachOptions.ALL);
      ourPaths[i] = millis(t);
      hops[i] = found.get(0).hops().size();
      t = System.nanoTime();
      List<DelegationChain> three = paths.between(pairs.get(i)[0], pairs.get(i)[1], 3, ReachOptions.ALL);
      ourKPaths[i] = millis(t);
      if (three.get(0).hops().size() != hops[i]) {
        throw new IllegalStateException("k-shortest disagrees with shortest for " + Arrays.toString(pairs.get(i)));
      }
    }
    row("shortest path, keyward", "p50 %.3f ms", p(ourPaths, 50), "p95 %.3f ms", p(ourPaths, 95));
    row("3 shortest paths, keyward", "p50 %.3f ms", p(ourKPaths, 50), "p95 %.3f ms", p(ourKPaths, 95));
    double[] sqlPaths = new double[pairs.size()];
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        PreparedStatement st = c.prepareStatement(SQL_PATH)) {
      for (int i = 0; i < pairs.size(); i++) {
        long t = System.nanoTime();
        st.setString(1, pairs.get(i)[0]);
        st.setString(2, pairs.get(i)[1]);
        int length;
        try (ResultSet rs = st.executeQuery()) {
          rs.next();
          length = rs.getInt(1);
        }
        sqlPaths[i] = millis(t);
        checkHops("sqlite", pairs.get(i), hops[i], length);
      }
    }
    row("shortest path, sqlite CTE", "p50 %.3f ms", p(sqlPaths, 50), "p95 %.3f ms", p(sqlPaths, 95));

    start = System.nanoTime();
    List<Escalation> escalations = new Escalations(graph).all();
    row("escalation scan, keyward", "%.0f ms", seconds(start) * 1000, "%,.0f found", (double) escalations.size());

    double[] neo = new double[SAMPLES];
    double[] neoPaths = new double[pairs.size()];
    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(dir.resolve("neo4j")).build();
    try {
      GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      start = System.nanoTime();
      loadNeo4j(file, asOf, db);
      row("neo4j load", "%.0f s", seconds(start), "", Double.NaN);
      for (String id : sample) {
        neoReach(db, id);
      }
      for (int i = 0; i < SAMPLES; i++) {
        String id = sample.get(i);
        long t = System.nanoTime();
        Answer answer = neoReach(db, id);
        neo[i] = millis(t);
        check("neo4j", id, answers.get(id), answer);
      }
      row("blast radius, neo4j", "p50 %.3f ms", p(neo, 50), "p95 %.3f ms", p(neo, 95));
      for (int i = 0; i < pairs.size(); i++) {
        long t = System.nanoTime();
        int length;
        try (Transaction tx = db.beginTx();
            Result result =
                tx.execute(CYPHER_PATH, Map.of("from", pairs.get(i)[0], "to", pairs.get(i)[1]))) {
          length = ((Number) result.next().get("hops")).intValue();
        }
        neoPaths[i] = millis(t);
        checkHops("neo4j", pairs.get(i), hops[i], length);
      }
      row("shortest path, neo4j", "p50 %.3f ms", p(neoPaths, 50), "p95 %.3f ms", p(neoPaths, 95));
    } finally {
      dbms.shutdown();
    }

    jgraphtComparison(file, asOf, sample);

    System.out.println();
    System.out.printf(Locale.ROOT, "%-30s %-22s %-22s%n", "measure", "value", "");
    for (String[] r : table) {
      System.out.printf(Locale.ROOT, "%-30s %-22s %-22s%n", (Object[]) r);
    }
    System.out.println("answers checked equal on " + SAMPLES + " blast radii and " + pairs.size() + " paths");
    System.out.printf(
        Locale.ROOT,
        "blast_p50_ms=%.3f blast_p95_ms=%.3f neo4j_ratio=%.0f sqlite_ratio=%.0f%n",
        p(ours, 50),
        p(ours, 95),
        p(neo, 50) / p(ours, 50),
        p(sql, 50) / p(ours, 50));
  }

  /** The distinct answer all three engines must agree on. */
  record Answer(Set<String> identities, Set<String> grants) {
    static Answer of(BlastRadius radius) {
      return new Answer(
          radius.identities().stream()
              .map(ReachedIdentity::node)
              .map(GraphNode::id)
              .collect(Collectors.toCollection(TreeSet::new)),
          radius.grants().stream()
              .map(g -> g.permission() + " " + g.resource())
              .collect(Collectors.toCollection(TreeSet::new)));
    }
  }

  private static void check(String engine, String id, Answer expected, Answer actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException(
          engine + " disagrees on " + id + ": keyward " + expected + ", " + engine + " " + actual);
    }
  }

  private static void checkHops(String engine, String[] pair, int expected, int actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          engine + " finds " + actual + " hops from " + pair[0] + " to " + pair[1] + ", keyward " + expected);
    }
  }

  /** 1,000 random identities (a fixed seed), drawn from those that delegate to someone. */
  private static List<String> sample(GraphIndex graph) {
    List<String> delegating =
        graph.nodes().stream()
            .filter(n -> !n.external() && !graph.outgoing(n.id()).isEmpty())
            .map(GraphNode::id)
            .toList();
    List<String> all = graph.nodes().stream().filter(n -> !n.external()).map(GraphNode::id).toList();
    SplittableRandom random = new SplittableRandom(8);
    List<String> sample = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      // Half from principals that delegate, so the sample exercises multi-hop reach.
      List<String> from = i % 2 == 0 ? delegating : all;
      sample.add(from.get(random.nextInt(from.size())));
    }
    return sample;
  }

  /** Pairs (from, to) where to is 2 or more hops away from from, from a fixed-seed shuffle. */
  private static List<String[]> pathPairs(GraphIndex graph, BlastRadii radii, List<String> sample) {
    List<String[]> pairs = new ArrayList<>();
    List<String> candidates =
        new ArrayList<>(
            graph.nodes().stream()
                .filter(n -> !n.external() && !graph.outgoing(n.id()).isEmpty())
                .map(GraphNode::id)
                .toList());
    java.util.Collections.shuffle(candidates, new java.util.Random(9));
    for (String from : candidates) {
      if (pairs.size() == PATH_SAMPLES) {
        break;
      }
      radii.of(from).identities().stream()
          .filter(r -> r.depth() >= 2)
          .reduce((a, b) -> b)
          .ifPresent(r -> pairs.add(new String[] {from, r.node().id()}));
    }
    return pairs;
  }

  private static void loadNeo4j(Path file, Instant asOf, GraphDatabaseService db) throws SQLException {
    try (Transaction tx = db.beginTx()) {
      tx.schema().indexFor(PRINCIPAL).on("id").create();
      tx.commit();
    }
    try (Transaction tx = db.beginTx()) {
      tx.schema().awaitIndexesOnline(5, java.util.concurrent.TimeUnit.MINUTES);
      tx.commit();
    }
    Map<String, String> nodes = new HashMap<>();
    Map<String, String> grants = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      List<String[]> principals = rows(c, "SELECT id FROM identities", 1);
      principals.addAll(rows(c, "SELECT from_id FROM delegations UNION SELECT to_id FROM delegations", 1));
      batches(db, principals, (tx, row) -> {
        if (!nodes.containsKey(row[0])) {
          Node n = tx.createNode(PRINCIPAL);
          n.setProperty("id", row[0]);
          nodes.put(row[0], n.getElementId());
        }
      });
      List<String[]> edges =
          rows(
              c,
              "SELECT from_id, to_id FROM delegations WHERE expires_at IS NULL OR expires_at > "
                  + asOf.toEpochMilli(),
              2);
      batches(db, edges, (tx, row) ->
          tx.getNodeByElementId(nodes.get(row[0]))
              .createRelationshipTo(tx.getNodeByElementId(nodes.get(row[1])), DELEGATES));
      List<String[]> held = rows(c, "SELECT principal_id, permission || ' ' || resource FROM grants", 2);
      batches(db, held, (tx, row) -> {
        String grant = grants.get(row[1]);
        Node g;
        if (grant == null) {
          g = tx.createNode(GRANT);
          g.setProperty("key", row[1]);
          grants.put(row[1], g.getElementId());
        } else {
          g = tx.getNodeByElementId(grant);
        }
        tx.getNodeByElementId(nodes.get(row[0])).createRelationshipTo(g, HOLDS);
      });
    }
  }

  @FunctionalInterface
  private interface RowWriter {
    void write(Transaction tx, String[] row);
  }

  private static void batches(GraphDatabaseService db, List<String[]> rows, RowWriter writer) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      try (Transaction tx = db.beginTx()) {
        for (String[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
          writer.write(tx, row);
        }
        tx.commit();
      }
    }
  }

  private static List<String[]> rows(Connection c, String sql, int columns) throws SQLException {
    List<String[]> rows = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql);
        ResultSet rs = st.executeQuery()) {
      while (rs.next()) {
        String[] row = new String[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rs.getString(i + 1);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  @SuppressWarnings("unchecked")
  private static Answer neoReach(GraphDatabaseService db, String id) {
    try (Transaction tx = db.beginTx();
        Result result = tx.execute(CYPHER_REACH, Map.of("id", id))) {
      Map<String, Object> row = result.next();
      return new Answer(
          new TreeSet<>((List<String>) row.get("ids")), new TreeSet<>((List<String>) row.get("grants")));
    }
  }

  /**
   * The same delegation and grant edges as a JGraphT object graph (principals and grant keys as
   * string vertices): what a general graph library costs in heap and build time at this scale.
   */
  private void jgraphtComparison(Path file, Instant asOf, List<String> sample) throws SQLException {
    long before = usedHeap();
    long start = System.nanoTime();
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
      for (String[] row :
          rows(
              c,
              "SELECT from_id, to_id FROM delegations WHERE expires_at IS NULL OR expires_at > "
                  + asOf.toEpochMilli(),
              2)) {
        graph.addVertex(row[0]);
        graph.addVertex(row[1]);
        graph.addEdge(row[0], row[1]);
      }
      for (String[] row : rows(c, "SELECT principal_id, 'grant:' || permission || ' ' || resource FROM grants", 2)) {
        graph.addVertex(row[0]);
        graph.addVertex(row[1]);
        graph.addEdge(row[0], row[1]);
      }
    }
    double buildSeconds = seconds(start);
    double heapMb = (usedHeap() - before) / 1e6;
    row("jgrapht object graph build", "%.1f s", buildSeconds, "heap %.0f MB", heapMb);
    double[] times = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      String id = sample.get(i);
      long t = System.nanoTime();
      int reached = 0;
      if (graph.containsVertex(id)) {
        for (var it = new BreadthFirstIterator<>(graph, id); it.hasNext(); it.next()) {
          reached++;
        }
      }
      times[i] = millis(t) + reached * 0;
    }
    row("blast radius, jgrapht BFS", "p50 %.3f ms", p(times, 50), "p95 %.3f ms", p(times, 95));
    graph.vertexSet().size(); // keep it reachable until measured
  }

  private void row(String name, String first, double a, String second, double b) {
    table.add(
        new String[] {
          name,
          String.format(Locale.ROOT, first, a),
          second.isEmpty() ? "" : String.format(Locale.ROOT, second, b)
        });
    System.out.println("  " + String.join("  ", table.get(table.size() - 1)));
  }

  private static double p(double[] values, int percentile) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
  }

  private static long usedHeap() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static double millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e6;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
