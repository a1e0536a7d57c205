package io.keyward.model.demo;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How big the demo estate is. Every scale holds the whole hand-crafted story; the bulk population
 * fills it up to exactly {@link #identities()} identities and {@link #grants()} grants.
 */
public enum DemoScale {
  /** A few hundred identities: the story a person reads on first start. */
  DEMO(400, 3_000),
  /** For benchmarks and large-table tests. */
  LARGE(100_000, 1_000_000),
  /** For stress runs: needs streaming end to end. */
  HUGE(1_000_000, 10_000_000);

  private final int identities;
  private final long grants;

  DemoScale(int identities, long grants) {
    this.identities = identities;
    this.grants = grants;
  }

  public int identities() {
    return identities;
  }

  public long grants() {
    return grants;
  }

  /** The name on the command line and in {@link io.keyward.model.cache.DemoInfo#scale()}. */
  public String cliName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DemoScale fromCliName(String name) {
    for (DemoScale scale : values()) {
      if (scale.cliName().equals(name.trim().toLowerCase(Locale.ROOT))) {
        return scale;
      }
    }
    throw new IllegalArgumentException(
        "unknown demo scale '"
            + name
            + "', expected one of "
            + Arrays.stream(values()).map(DemoScale::cliName).collect(Collectors.joining("|")));
  }
}
