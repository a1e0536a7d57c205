package io.keyward.connectors.aws;

import io.keyward.connectors.Timestamps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The IAM credential report: one CSV row per user plus the root account's. Columns are read by
 * header name; {@code N/A}, {@code no_information} and {@code not_supported} mean "not known", and
 * booleans are {@code TRUE}/{@code FALSE} in any case.
 */
record CredentialReport(List<Row> rows) {
  static final String ROOT = "<root_account>";

  CredentialReport {
    rows = List.copyOf(rows);
  }

  Optional<Row> row(String user) {
    return rows.stream().filter(r -> r.user().equals(user)).findFirst();
  }

  /**
   * @throws IllegalArgumentException naming the line and column when the CSV is not a report
   */
  static CredentialReport parse(String csv) {
    String[] lines = csv.strip().split("\r?\n");
    if (lines.length == 0 || lines[0].isBlank()) {
      throw new IllegalArgumentException("the credential report is empty");
    }
    List<String> header = split(lines[0]);
    for (String required : List.of("user", "arn", "password_enabled", "access_key_1_active")) {
      if (!header.contains(required)) {
        throw new IllegalArgumentException(
            "line 1: no column '" + required + "'; is this an IAM credential report?");
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      List<String> cells = split(lines[i]);
      if (cells.size() != header.size()) {
        throw new IllegalArgumentException(
            "line "
                + (i + 1)
                + ": "
                + cells.size()
                + " columns where the header has "
                + header.size());
      }
      Map<String, String> byName = new HashMap<>();
      for (int c = 0; c < header.size(); c++) {
        byName.put(header.get(c), cells.get(c));
      }
      try {
        rows.add(Row.of(byName));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new CredentialReport(rows);
  }

  /** Splits one CSV line; IAM quotes nothing, but a quoted cell is read as RFC 4180 says. */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString().trim());
    return cells;
  }

  /**
   * One user's row.
   *
   * @param passwordEnabled empty when the report does not say ({@code not_supported} for root)
   */
  record Row(
      String user,
      String arn,
      @Nullable Instant created,
      Optional<Boolean> passwordEnabled,
      @Nullable Instant passwordLastUsed,
      Optional<Boolean> mfaActive,
      List<Slot> accessKeys,
      List<Slot> certificates) {

    Row {
      accessKeys = List.copyOf(accessKeys);
      certificates = List.copyOf(certificates);
    }

    boolean isRoot() {
      return user.equals(ROOT);
    }

    static Row of(Map<String, String> cells) {
      List<Slot> keys = new ArrayList<>();
      List<Slot> certificates = new ArrayList<>();
      for (int n = 1; n <= 2; n++) {
        String key = "access_key_" + n + "_";
        Slot.of(
                n,
                cells.get(key + "active"),
                cells.get(key + "last_rotated"),
                cells.get(key + "last_used_date"),
                key)
            .ifPresent(keys::add);
        String cert = "cert_" + n + "_";
        Slot.of(n, cells.get(cert + "active"), cells.get(cert + "last_rotated"), null, cert)
            .ifPresent(certificates::add);
      }
      String user = cells.getOrDefault("user", "");
      if (user.isBlank()) {
        throw new IllegalArgumentException("a row without a user");
      }
      return new Row(
          user,
          cells.getOrDefault("arn", ""),
          Timestamps.iso(cells.get("user_creation_time"), "user_creation_time"),
          bool(cells.get("password_enabled"), "password_enabled"),
          Timestamps.iso(cells.get("password_last_used"), "password_last_used"),
          bool(cells.get("mfa_active"), "mfa_active"),
          keys,
          certificates);
    }
  }

  /**
   * Access key or signing certificate slot 1 or 2 of a row; the report gives no key ids.
   *
   * @param lastRotated when the key in the slot was created or last replaced
   */
  record Slot(
      int number, boolean active, @Nullable Instant lastRotated, @Nullable Instant lastUsed) {
    /** The slot, or empty when it holds no key (inactive and never rotated). */
    static Optional<Slot> of(
        int number,
        @Nullable String active,
        @Nullable String lastRotated,
        @Nullable String lastUsed,
        String column) {
      boolean isActive = bool(active, column + "active").orElse(false);
      Instant rotated = Timestamps.iso(lastRotated, column + "last_rotated");
      if (!isActive && rotated == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Slot(number, isActive, rotated, Timestamps.iso(lastUsed, column + "last_used_date")));
    }
  }

  private static Optional<Boolean> bool(@Nullable String value, String column) {
    if (value == null) {
      return Optional.empty();
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "true" -> Optional.of(true);
      case "false" -> Optional.of(false);
      case "", "n/a", "no_information", "not_supported" -> Optional.empty();
      default ->
          throw new IllegalArgumentException(column + " '" + value + "' is not TRUE or FALSE");
    };
  }
}
