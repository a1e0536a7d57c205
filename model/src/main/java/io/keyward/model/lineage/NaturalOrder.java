package io.keyward.model.lineage;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders names with numbers as people read them: "fraud-scorer v9" before "fraud-scorer v10". */
final class NaturalOrder implements Comparator<String> {
  static final NaturalOrder INSTANCE = new NaturalOrder();
  private static final Pattern PART = Pattern.compile("\\d+|\\D+");

  private NaturalOrder() {}

  @Override
  public int compare(String a, String b) {
    Matcher left = PART.matcher(a);
    Matcher right = PART.matcher(b);
    while (left.find() && right.find()) {
      String x = left.group();
      String y = right.group();
      boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
      int order =
          numbers
              ? Comparator.comparingInt(String::length)
                  .thenComparing(Comparator.naturalOrder())
                  .compare(strip(x), strip(y))
              : x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.length(), b.length());
  }

  private static String strip(String digits) {
    return digits.replaceFirst("^0+(?=.)", "");
  }
}
