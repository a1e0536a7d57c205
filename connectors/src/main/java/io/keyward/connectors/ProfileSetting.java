package io.keyward.connectors;

import org.jspecify.annotations.Nullable;

/**
 * One thing a user tells a connector about a source: a tenant id, a project, a base URL. Never a
 * secret: those come from the ecosystem's standard places (see {@link ConnectEnvironment}).
 *
 * @param key the JSON key in the profile
 * @param defaultValue used when the profile leaves the setting out; null means none
 */
public record ProfileSetting(
    String key, String label, boolean required, @Nullable String defaultValue, String help) {

  public static ProfileSetting required(String key, String label, String help) {
    return new ProfileSetting(key, label, true, null, help);
  }

  public static ProfileSetting optional(
      String key, String label, String defaultValue, String help) {
    return new ProfileSetting(key, label, false, defaultValue, help);
  }

  public static ProfileSetting optional(String key, String label, String help) {
    return new ProfileSetting(key, label, false, null, help);
  }
}
