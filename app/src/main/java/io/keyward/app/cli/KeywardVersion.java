package io.keyward.app.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar manifest. */
final class KeywardVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = KeywardVersion.class.getPackage().getImplementationVersion();
    return new String[] {"keyward " + (version == null ? "development build" : version)};
  }
}
