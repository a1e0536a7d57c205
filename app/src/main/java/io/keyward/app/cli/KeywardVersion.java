package io.keyward.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar manifest. */
final class KeywardVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"keyward " + current()};
  }

  /** The version number, or {@code development build} when not run from a packaged jar. */
  static String current() {
    String version = KeywardVersion.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }
}
