package io.keyward.model.graph;

import java.util.Locale;

/**
 * IAM-style wildcards: {@code *} matches any run of characters, {@code ?} any one character, as in
 * AWS actions and resource ARNs. Iterative with backtracking to the last star: linear in practice.
 */
public final class Glob {
  private Glob() {}

  public static boolean matches(String pattern, String text) {
    int p = 0;
    int t = 0;
    int star = -1;
    int resume = 0;
    while (t < text.length()) {
      if (p < pattern.length()
          && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
        p++;
        t++;
      } else if (p < pattern.length() && pattern.charAt(p) == '*') {
        star = p++;
        resume = t;
      } else if (star >= 0) {
        p = star + 1;
        t = ++resume;
      } else {
        return false;
      }
    }
    while (p < pattern.length() && pattern.charAt(p) == '*') {
      p++;
    }
    return p == pattern.length();
  }

  /** Actions and OAuth scopes compare without regard to case ({@code s3:getobject}). */
  public static boolean matchesIgnoringCase(String pattern, String text) {
    return matches(pattern.toLowerCase(Locale.ROOT), text.toLowerCase(Locale.ROOT));
  }
}
