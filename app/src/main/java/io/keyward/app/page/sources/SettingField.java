package io.keyward.app.page.sources;

import io.keyward.connectors.ProfileSetting;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One setting of the source form and what the analyst typed for it. */
public record SettingField(ProfileSetting setting, StringProperty value) {
  static SettingField of(ProfileSetting setting, String initial) {
    return new SettingField(setting, new SimpleStringProperty(initial));
  }
}
