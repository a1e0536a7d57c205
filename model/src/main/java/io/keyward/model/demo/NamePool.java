package io.keyward.model.demo;

import java.util.List;
import java.util.Locale;

/**
 * Realistic, invented names for people and workloads. Bulk identities take the {@code i}-th name
 * plus a number, so names stay plausible at every scale and never clash with the story's.
 */
final class NamePool {
  private static final List<String> FIRST =
      List.of(
          "Amara", "Ben", "Chen", "Daria", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas",
          "Kavya", "Luca", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq", "Uma",
          "Viktor", "Wen", "Ximena", "Yusuf", "Zoe", "Aditi", "Bruno", "Camille", "Dev");
  private static final List<String> LAST =
      List.of(
          "Okafor",
          "Schmidt",
          "Tanaka",
          "Kowalczyk",
          "Haddad",
          "Lindqvist",
          "Moreau",
          "Rao",
          "Silva",
          "Novak",
          "Yilmaz",
          "Fischer",
          "Mensah",
          "Ivanova",
          "Castillo",
          "Nakamura",
          "Brennan",
          "Petrov",
          "Akhtar",
          "Jensen",
          "Duarte",
          "Weber",
          "Abara",
          "Kim",
          "Costa");
  private static final List<String> TASKS =
      List.of(
          "etl",
          "triage",
          "billing",
          "forecast",
          "ingest",
          "labeling",
          "search",
          "support",
          "pricing",
          "fraud",
          "churn",
          "reporting",
          "backup",
          "deploy",
          "scanner",
          "summarizer",
          "translation",
          "routing",
          "retrieval",
          "evaluation",
          "feature",
          "audit",
          "sync",
          "notify");
  private static final List<String> TEAMS =
      List.of("ml-platform", "data-eng", "risk", "support", "finance", "growth", "security");

  private NamePool() {}

  /** A person's display name, e.g. "Priya Novak". */
  static String person(int i) {
    return FIRST.get(i % FIRST.size()) + " " + LAST.get((i / FIRST.size() + i) % LAST.size());
  }

  /** A login for the {@code i}-th person: {@code priya.novak.17}. */
  static String login(int i) {
    return person(i).toLowerCase(Locale.ROOT).replace(' ', '.') + "." + i;
  }

  /** A workload word such as {@code forecast}, for names like {@code forecast-agent-17}. */
  static String task(int i) {
    return TASKS.get(i % TASKS.size());
  }

  static String team(int i) {
    return TEAMS.get(i % TEAMS.size());
  }
}
