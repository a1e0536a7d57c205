package io.keyward.app.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled, lines
 * end in CRLF. Fields starting with a formula character are prefixed with an apostrophe so a
 * spreadsheet shows an attacker-chosen name instead of evaluating it.
 */
public final class CsvWriter {
  private final Writer out;

  public CsvWriter(Writer out) {
    this.out = out;
  }

  public void writeRow(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  static String field(String value) {
    String safe = startsLikeFormula(value) ? "'" + value : value;
    if (safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }

  private static boolean startsLikeFormula(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }
}
