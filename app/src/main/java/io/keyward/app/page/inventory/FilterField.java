package io.keyward.app.page.inventory;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One control of an inventory's filter bar, described by how it reads and changes the filter
 * record, so the filter bar is built and kept in step without per-page code.
 */
public sealed interface FilterField<F> {

  String label();

  /** A pick from a few values; the first choice is normally "any". */
  record Pick<F, V>(
      String label, List<Choice<V>> choices, Function<F, V> read, BiFunction<F, V, F> write)
      implements FilterField<F> {

    public Pick {
      choices = List.copyOf(choices);
    }

    /** The choice matching the filter's current value, or null when none does. */
    public @Nullable Choice<V> current(F filter) {
      V value = read.apply(filter);
      return choices.stream()
          .filter(choice -> Objects.equals(choice.value(), value))
          .findFirst()
          .orElse(null);
    }
  }

  /** An on/off restriction such as "static only". */
  record Toggle<F>(String label, Predicate<F> read, BiFunction<F, Boolean, F> write)
      implements FilterField<F> {}

  /**
   * A labelled value of a pick.
   *
   * @param value null stands for "any" where the filter field is nullable
   */
  record Choice<V>(String label, @Nullable V value) {
    @Override
    public String toString() {
      return label;
    }
  }
}
