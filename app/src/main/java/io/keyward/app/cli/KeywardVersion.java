package io.keyward.app.cli;

import io.keyward.app.console.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** Reports the version Maven wrote into the jar manifest. */
final class KeywardVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"keyward " + AppVersion.current()};
  }
}
