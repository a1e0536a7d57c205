package io.keyward.model.lineage;

import java.util.List;
import java.util.Map;

/**
 * Who could have altered a model version: directly, or by acting through someone who could.
 *
 * @param alterers one entry per identity, basis and direct holder, with the shortest chain found;
 *     direct entries first, then by chain length and name
 * @param names display names of every identity the entries and their chains mention
 */
public record AlterationReport(
    Provenance provenance, List<Alterer> alterers, Map<String, String> names) {

  public AlterationReport {
    alterers = List.copyOf(alterers);
    names = Map.copyOf(names);
  }

  /** The distinct identities (or raw run users) that could have altered the version. */
  public List<String> identityIds() {
    return alterers.stream().map(Alterer::identityId).distinct().toList();
  }

  public String nameOf(String identityId) {
    return names.getOrDefault(identityId, identityId);
  }
}
