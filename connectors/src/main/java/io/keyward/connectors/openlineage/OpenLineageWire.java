package io.keyward.connectors.openlineage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * OpenLineage events as producers write them. Only what Keyward maps is named; other facets, custom
 * ones included, are ignored.
 */
final class OpenLineageWire {
  private OpenLineageWire() {}

  /**
   * A RunEvent, or (without {@code run}) a JobEvent or DatasetEvent of spec 2.x.
   *
   * @param dataset only in a DatasetEvent
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Event(
      @Nullable String eventType,
      @Nullable String eventTime,
      @Nullable String producer,
      @Nullable String schemaURL,
      @Nullable Run run,
      @Nullable Job job,
      @Nullable List<Dataset> inputs,
      @Nullable List<Dataset> outputs,
      @Nullable Dataset dataset) {

    List<Dataset> inputList() {
      return inputs == null ? List.of() : inputs;
    }

    List<Dataset> outputList() {
      return outputs == null ? List.of() : outputs;
    }
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Run(@Nullable String runId) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Job(@Nullable String namespace, @Nullable String name, @Nullable JobFacets facets) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record JobFacets(@Nullable Ownership ownership) {}

  /** The ownership job facet: {@code owners[].name} such as {@code user:alice@example.com}. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  record Ownership(@Nullable List<Owner> owners) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Owner(@Nullable String name, @Nullable String type) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record Dataset(@Nullable String namespace, @Nullable String name) {}
}
