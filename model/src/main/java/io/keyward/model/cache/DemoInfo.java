package io.keyward.model.cache;

import java.time.Instant;

/**
 * Marks a cache as holding the generated demo estate, so the console can say DEMO.
 *
 * @param scale the scale's name, e.g. {@code demo} or {@code large}
 * @param asOf the instant the estate was generated relative to (its "now")
 */
public record DemoInfo(long seed, String scale, Instant asOf) {}
