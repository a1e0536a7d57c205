package io.keyward.model.scorecard.report;

/** Builds HTML text with every value escaped, so names from sources cannot inject markup. */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** Appends markup as written: only for literals in this package, never for data. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends text, escaped. */
  Html text(Object value) {
    out.append(escape(String.valueOf(value)));
    return this;
  }

  /** {@code <tag class="cls">text</tag>}, the text escaped. */
  Html element(String tag, String cls, Object value) {
    out.append('<').append(tag);
    if (!cls.isEmpty()) {
      out.append(" class=\"").append(cls).append('"');
    }
    out.append('>').append(escape(String.valueOf(value))).append("</").append(tag).append('>');
    return this;
  }

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
