package io.keyward.app.page.graph;

import io.keyward.app.format.Display;
import io.keyward.app.task.BackgroundTask;
import io.keyward.app.task.BackgroundTasks;
import io.keyward.model.graph.ChainSet;
import io.keyward.model.graph.DelegationChain;
import io.keyward.model.graph.DelegationChains;
import io.keyward.model.graph.DelegationPaths;
import io.keyward.model.graph.Escalation;
import io.keyward.model.graph.GraphEdge;
import io.keyward.model.graph.GraphIndex;
import io.keyward.model.graph.GraphNode;
import io.keyward.model.graph.ReachOptions;
import io.keyward.model.risk.RiskScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The graph page's state: which principals are on screen (the chains through the focused identity
 * and their neighbours, grown and shrunk by expand and collapse), which chain or path is focused,
 * what is selected and its risk, and the laid-out drawing. Graph queries and layout run as
 * background tasks; a newer layout supersedes an older one.
 */
public final class GraphViewModel {
  /** The most principals drawn at once; expanding beyond it adds nothing more. */
  static final int MAX_VISIBLE = 2_000;

  static final int CHAIN_DEPTH = DelegationChains.DEFAULT_DEPTH;
  static final int CHAIN_LIMIT = 200;
  static final int PATHS = 3;

  private final EstateGraph estate;
  private final BackgroundTasks tasks;
  private final GraphLayout layout;

  private final ReadOnlyObjectWrapper<GraphDrawing> drawing =
      new ReadOnlyObjectWrapper<>(GraphDrawing.EMPTY);
  private final ReadOnlyObjectWrapper<Highlight> highlight =
      new ReadOnlyObjectWrapper<>(Highlight.NONE);
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<@Nullable GraphNode> focus = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable GraphNode> selected = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable RiskScore> risk = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<@Nullable DelegationChain> focusedChain =
      new ReadOnlyObjectWrapper<>();
  private final ObservableList<DelegationChain> chains = FXCollections.observableArrayList();

  private EstateGraph.@Nullable Loaded graph;
  private Map<String, List<String>> widening = Map.of();
  private final LinkedHashSet<String> visible = new LinkedHashSet<>();
  private final Map<String, List<String>> expandedBy = new HashMap<>();
  private @Nullable BackgroundTask layoutTask;
  private @Nullable BackgroundTask riskTask;
  private boolean asked;

  GraphViewModel(EstateGraph estate, BackgroundTasks tasks, TextWidth width) {
    this.estate = estate;
    this.tasks = tasks;
    this.layout = new GraphLayout(width);
  }

  public GraphViewModel(EstateGraph estate, BackgroundTasks tasks) {
    this(estate, tasks, TextWidth.fx());
  }

  /**
   * Loads the graph the first time and opens it on the first scope escalation (the hop an analyst
   * most needs to see), or on the first delegator when nothing escalates.
   */
  public void activate() {
    if (graph != null || busy.get()) {
      return;
    }
    busy.set(true);
    status.set("Building the delegation graph…");
    tasks.submit(
        progress -> {
          EstateGraph.Loaded loaded = estate.get();
          return new Opening(loaded, opening(loaded));
        },
        opened -> {
          loaded(opened.graph());
          busy.set(false);
          if (opened.focusId() == null) {
            status.set("No delegations in this estate.");
          } else if (!asked) {
            show(opened.focusId());
          }
        },
        this::failed);
  }

  private record Opening(EstateGraph.Loaded graph, @Nullable String focusId) {}

  private static @Nullable String opening(EstateGraph.Loaded loaded) {
    if (!loaded.escalations().isEmpty()) {
      return loaded.escalations().get(0).widenedBy();
    }
    GraphIndex index = loaded.index();
    return index.nodes().stream()
        .filter(n -> !index.outgoing(n.id()).isEmpty())
        .map(GraphNode::id)
        .findFirst()
        .orElse(null);
  }

  private void loaded(EstateGraph.Loaded loaded) {
    graph = loaded;
    Map<String, List<String>> extra = new HashMap<>();
    for (Escalation escalation : loaded.escalations()) {
      extra.putIfAbsent(key(escalation.exercised()), escalation.extraScope());
    }
    widening = extra;
  }

  /** Centres the view on what {@code key} names: the chains through it and their neighbours. */
  public void show(String key) {
    asked = true;
    problem.set("");
    busy.set(true);
    tasks.submit(
        progress -> {
          EstateGraph.Loaded loaded = estate.get();
          GraphNode node = estate.resolve(key);
          return new Focused(
              loaded, new DelegationChains(loaded.index()).of(node.id(), CHAIN_DEPTH, CHAIN_LIMIT));
        },
        found -> {
          if (graph == null) {
            loaded(found.graph());
          }
          busy.set(false);
          focused(found.chains().identity(), found.chains().chains());
        },
        this::failed);
  }

  private record Focused(EstateGraph.Loaded graph, ChainSet chains) {}

  private void focused(GraphNode node, List<DelegationChain> found) {
    focus.set(node);
    chains.setAll(found);
    focusedChain.set(null);
    visible.clear();
    expandedBy.clear();
    visible.add(node.id());
    for (DelegationChain chain : found) {
      visible.addAll(chain.principals());
    }
    for (String id : List.copyOf(visible)) {
      neighbours(id).stream().limit(12).forEach(this::addVisible);
    }
    select(node.id());
    relayout();
  }

  /** Finds up to three shortest paths from one key to another and shows only them. */
  public void findPath(String fromKey, String toKey) {
    problem.set("");
    busy.set(true);
    tasks.submit(
        progress -> {
          GraphNode from = estate.resolve(fromKey);
          GraphNode to = estate.resolve(toKey);
          List<DelegationChain> paths =
              new DelegationPaths(estate.get().index())
                  .between(from.id(), to.id(), PATHS, ReachOptions.ALL);
          return new Paths(from, to, paths);
        },
        found -> {
          busy.set(false);
          if (found.paths().isEmpty()) {
            problem.set(found.to().name() + " is out of reach of " + found.from().name() + ".");
            return;
          }
          focus.set(found.from());
          chains.setAll(found.paths());
          visible.clear();
          expandedBy.clear();
          found.paths().forEach(p -> visible.addAll(p.principals()));
          focusedChain.set(found.paths().get(0));
          select(found.to().id());
          relayout();
        },
        this::failed);
  }

  private record Paths(GraphNode from, GraphNode to, List<DelegationChain> paths) {}

  /** Shows a principal's neighbours, or hides them again when they are shown through it. */
  public void toggle(String id) {
    if (expandedBy.containsKey(id)) {
      collapse(id);
    } else {
      expand(id);
    }
  }

  public void expand(String id) {
    if (graph == null || !visible.contains(id)) {
      return;
    }
    List<String> added = new ArrayList<>();
    for (String next : neighbours(id)) {
      if (visible.size() >= MAX_VISIBLE) {
        problem.set(
            "Showing the most the view draws at once (" + Display.count(MAX_VISIBLE) + ").");
        break;
      }
      if (visible.add(next)) {
        added.add(next);
      }
    }
    expandedBy.put(id, added);
    relayout();
  }

  /** Hides what expanding {@code id} added (and what expanding those added), except the focus. */
  public void collapse(String id) {
    List<String> added = expandedBy.remove(id);
    if (added == null) {
      return;
    }
    for (String hidden : added) {
      collapse(hidden);
      GraphNode focused = focus.get();
      if (focused == null || !hidden.equals(focused.id())) {
        visible.remove(hidden);
      }
    }
    relayout();
  }

  public boolean expanded(String id) {
    return expandedBy.containsKey(id);
  }

  /** Brings one chain forward and dims the rest; null shows all again. */
  public void focusChain(@Nullable DelegationChain chain) {
    focusedChain.set(chain);
    updateHighlight();
  }

  /** Selects a principal (or nothing) and loads its risk score. */
  public void select(@Nullable String id) {
    if (riskTask != null) {
      riskTask.cancel();
    }
    GraphNode node = id == null || graph == null ? null : graph.index().node(id).orElse(null);
    selected.set(node);
    risk.set(null);
    updateHighlight();
    if (node != null && !node.external()) {
      riskTask = tasks.submit(progress -> estate.risk(node.id()), risk::set, this::failed);
    }
  }

  private void addVisible(String id) {
    if (visible.size() < MAX_VISIBLE) {
      visible.add(id);
    }
  }

  private List<String> neighbours(String id) {
    if (graph == null) {
      return List.of();
    }
    LinkedHashSet<String> found = new LinkedHashSet<>();
    graph.index().outgoing(id).forEach(e -> found.add(e.toId()));
    graph.index().incoming(id).forEach(e -> found.add(e.fromId()));
    return List.copyOf(found);
  }

  private void relayout() {
    EstateGraph.Loaded loaded = graph;
    if (loaded == null) {
      return;
    }
    if (layoutTask != null) {
      layoutTask.cancel();
    }
    List<String> shown = List.copyOf(visible);
    Map<String, List<String>> widens = widening;
    busy.set(true);
    layoutTask =
        tasks.submit(
            progress -> {
              long start = System.nanoTime();
              VisibleGraph view = visibleGraph(loaded.index(), shown, widens);
              GraphDrawing laidOut = layout.layout(view);
              return new LaidOut(laidOut, (System.nanoTime() - start) / 1_000_000);
            },
            laidOut -> {
              busy.set(false);
              drawing.set(laidOut.drawing());
              updateHighlight();
              long escalating =
                  laidOut.drawing().edges().stream().filter(e -> e.edge().escalating()).count();
              status.set(
                  String.format(
                      Locale.ROOT,
                      "%s principals · %s hops · %d widen scope · laid out in %d ms",
                      Display.count(laidOut.drawing().nodes().size()),
                      Display.count(laidOut.drawing().edges().size()),
                      escalating,
                      laidOut.millis()));
            },
            this::failed);
  }

  private record LaidOut(GraphDrawing drawing, long millis) {}

  /** The visible principals and every hop between two of them, labelled. */
  static VisibleGraph visibleGraph(
      GraphIndex index, List<String> shown, Map<String, List<String>> widening) {
    Set<String> on = new HashSet<>(shown);
    List<VisibleGraph.Node> nodes = new ArrayList<>();
    List<VisibleGraph.Edge> edges = new ArrayList<>();
    for (String id : shown) {
      GraphNode node = index.node(id).orElseThrow();
      nodes.add(new VisibleGraph.Node(node.id(), node.name(), node.kind()));
      for (GraphEdge edge : index.outgoing(id)) {
        if (on.contains(edge.toId())) {
          List<String> extra = widening.get(key(edge));
          edges.add(
              new VisibleGraph.Edge(
                  key(edge),
                  edge.fromId(),
                  edge.toId(),
                  label(edge, extra),
                  extra != null,
                  edge.conditional()));
        }
      }
    }
    return new VisibleGraph(nodes, edges);
  }

  /**
   * Delegation kind, then scope, then what an escalating hop adds, one per line so labels stay
   * narrow between the layers.
   */
  static String label(GraphEdge edge, @Nullable List<String> extra) {
    StringBuilder label = new StringBuilder(Display.words(edge.kind()).toLowerCase(Locale.ROOT));
    if (!edge.scope().isEmpty()) {
      label.append('\n').append(shortList(edge.scope()));
    }
    if (extra != null) {
      label.append("\nwidens +").append(shortList(extra));
    }
    return label.toString();
  }

  private static String shortList(List<String> items) {
    String shown = String.join(", ", items.subList(0, Math.min(2, items.size())));
    return items.size() > 2 ? shown + " +" + (items.size() - 2) : shown;
  }

  static String key(GraphEdge edge) {
    return edge.delegationId() + "|" + edge.fromId();
  }

  private void updateHighlight() {
    GraphNode chosen = selected.get();
    GraphNode centre = focus.get();
    DelegationChain chain = focusedChain.get();
    Set<String> nodes = new HashSet<>();
    Set<String> edges = new HashSet<>();
    if (chain != null) {
      nodes.addAll(chain.principals());
      chain.hops().forEach(h -> edges.add(key(h)));
    }
    highlight.set(
        new Highlight(
            chosen == null ? null : chosen.id(),
            centre == null ? null : centre.id(),
            nodes,
            edges));
  }

  /** Shows a problem the page ran into (an export that could not be written). */
  void reportProblem(String text) {
    problem.set(text);
  }

  private void failed(Throwable failure) {
    busy.set(false);
    problem.set(failure.getMessage() == null ? failure.toString() : failure.getMessage());
  }

  public ReadOnlyObjectProperty<GraphDrawing> drawing() {
    return drawing.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<Highlight> highlight() {
    return highlight.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty status() {
    return status.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty problem() {
    return problem.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busy() {
    return busy.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable GraphNode> focus() {
    return focus.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable GraphNode> selected() {
    return selected.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable RiskScore> risk() {
    return risk.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<@Nullable DelegationChain> focusedChain() {
    return focusedChain.getReadOnlyProperty();
  }

  public ObservableList<DelegationChain> chains() {
    return FXCollections.unmodifiableObservableList(chains);
  }

  /** Names of principals for the side panel, falling back to the id. */
  public String nameOf(String id) {
    return graph == null ? id : graph.index().node(id).map(GraphNode::name).orElse(id);
  }
}
