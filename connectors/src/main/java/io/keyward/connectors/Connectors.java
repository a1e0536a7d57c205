package io.keyward.connectors;

import io.keyward.model.domain.SourceKind;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/** Every connector on the class path, found through {@link ServiceLoader}. */
public final class Connectors {
  private final List<Connector> connectors;

  public Connectors(List<Connector> connectors) {
    this.connectors = connectors.stream().sorted(Comparator.comparing(Connector::cliName)).toList();
  }

  public static Connectors discover() {
    return new Connectors(
        ServiceLoader.load(Connector.class).stream().map(ServiceLoader.Provider::get).toList());
  }

  public List<Connector> all() {
    return connectors;
  }

  public Optional<Connector> forKind(SourceKind kind) {
    return connectors.stream().filter(c -> c.kind() == kind).findFirst();
  }

  /** The connector for {@code profile}'s kind; an error names the profile when there is none. */
  public Connector forProfile(SourceProfile profile) {
    return forKind(profile.kind())
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "source "
                        + profile.id()
                        + ": no connector for "
                        + profile.kind().displayName()
                        + " in this build"));
  }

  public Optional<Connector> forCliName(String name) {
    return connectors.stream().filter(c -> c.cliName().equals(name)).findFirst();
  }

  /** The kinds of source Keyward can revoke in: those whose connector offers a revoker. */
  public Set<SourceKind> revocableKinds() {
    return connectors.stream()
        .filter(c -> c.revoker().isPresent())
        .map(Connector::kind)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SourceKind.class)));
  }

  public List<FileImport> imports() {
    return connectors.stream()
        .flatMap(c -> c.imports().stream())
        .sorted(Comparator.comparing(FileImport::name))
        .toList();
  }

  public Optional<FileImport> importNamed(String name) {
    return imports().stream().filter(i -> i.name().equals(name)).findFirst();
  }
}
