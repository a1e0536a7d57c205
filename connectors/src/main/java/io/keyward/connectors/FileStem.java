package io.keyward.connectors;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The part of a file's name a source id can hold: {@code Airflow Prod.events.ndjson} gives {@code
 * airflow-prod}. For imports that file their items under an id derived from the file.
 */
public final class FileStem {
  private FileStem() {}

  /**
   * @param fallback when the name holds nothing usable
   */
  public static String of(Path file, String fallback) {
    String name = file.getFileName().toString();
    int dot = name.indexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name).toLowerCase(Locale.ROOT);
    String cleaned = base.replaceAll("[^a-z0-9._-]+", "-").replaceAll("^[^a-z0-9]+", "");
    cleaned = cleaned.length() > 60 ? cleaned.substring(0, 60) : cleaned;
    return cleaned.isEmpty() ? fallback : cleaned;
  }
}
