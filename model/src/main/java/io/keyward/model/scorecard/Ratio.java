package io.keyward.model.scorecard;

import java.util.Locale;

/** A part of a whole, written the way findings explain themselves: "3 of 40 (8 %)". */
record Ratio(long part, long whole) {

  double share() {
    return whole == 0 ? 0 : (double) part / whole;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%,d of %,d (%s)", part, whole, percent(share()));
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", share * 100);
  }

  static String count(long n, String singular, String plural) {
    return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
  }
}
