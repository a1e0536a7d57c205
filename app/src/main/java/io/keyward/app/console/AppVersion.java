package io.keyward.app.console;

/**
 * The version Maven wrote into the app jar's manifest, for `keyward -V` and snapshot manifests. It
 * lives here because the CLI depends on the console, not the other way round.
 */
public final class AppVersion {
  private AppVersion() {}

  /** The version number, or {@code development build} when not run from a packaged jar. */
  public static String current() {
    String version = AppVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
