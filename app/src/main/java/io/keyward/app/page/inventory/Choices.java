package io.keyward.app.page.inventory;

import io.keyward.app.format.Display;
import io.keyward.app.page.inventory.FilterField.Choice;
import io.keyward.model.domain.IdentityKind;
import io.keyward.model.domain.Source;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The choice lists several inventories' filter bars share. */
public final class Choices {
  private static final Set<IdentityKind> NON_HUMAN =
      EnumSet.copyOf(
          EnumSet.allOf(IdentityKind.class).stream().filter(IdentityKind::isNonHuman).toList());

  private Choices() {}

  /** "Any", then each constant in its declared order, as readable words. */
  public static <E extends Enum<E>> List<Choice<E>> of(E[] constants) {
    List<Choice<E>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", null));
    for (E constant : constants) {
      choices.add(new Choice<>(Display.words(constant), constant));
    }
    return choices;
  }

  /** For filters on a set of constants: "Any" (the empty set), then each constant alone. */
  public static <E extends Enum<E>> List<Choice<Set<E>>> oneOf(E[] constants) {
    List<Choice<Set<E>>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", Set.of()));
    for (E constant : constants) {
      choices.add(new Choice<>(Display.words(constant), Set.of(constant)));
    }
    return choices;
  }

  /** "Any", "Non-human" (the kinds that need an owner), then each kind on its own. */
  public static List<Choice<Set<IdentityKind>>> identityKinds() {
    List<Choice<Set<IdentityKind>>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", Set.of()));
    choices.add(new Choice<>("Non-human", Set.copyOf(NON_HUMAN)));
    for (IdentityKind kind : IdentityKind.values()) {
      choices.add(new Choice<>(Display.words(kind), Set.of(kind)));
    }
    return choices;
  }

  /** "Any", then each source by name; the value is the source id. */
  public static List<Choice<String>> sources(List<Source> sources) {
    List<Choice<String>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", null));
    sources.forEach(source -> choices.add(new Choice<>(source.name(), source.id())));
    return choices;
  }

  /** Thresholds for "at least N days" filters, e.g. "90+ days". */
  public static List<Choice<Integer>> days(int... thresholds) {
    List<Choice<Integer>> choices = new ArrayList<>();
    choices.add(new Choice<>("Any", null));
    for (int days : thresholds) {
      choices.add(new Choice<>(days + "+ days", days));
    }
    return choices;
  }
}
