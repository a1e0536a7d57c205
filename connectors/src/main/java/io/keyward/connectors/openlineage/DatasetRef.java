package io.keyward.connectors.openlineage;

import io.keyward.connectors.openlineage.OpenLineageWire.Dataset;
import io.keyward.model.domain.Resource;
import io.keyward.model.domain.ResourceKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an OpenLineage dataset (namespace, name) is in the cache. Its external id is the two joined
 * as a URI ({@code s3://lake} + {@code tx/2025q2} = {@code s3://lake/tx/2025q2}), the form other
 * sources give the same data, so analysis can see they are one thing. By local convention (not the
 * spec) a namespace {@code mlflow://host} names registered models: {@code fraud-scorer/7} is a
 * model version, external id {@code models:/fraud-scorer/7} as MLflow writes it.
 */
record DatasetRef(String id, String externalId, ResourceKind kind, String name) {
  private static final Pattern VERSION = Pattern.compile("(.+)/(\\d+)");

  static DatasetRef of(String sourceId, Dataset dataset) {
    String namespace = dataset.namespace();
    String name = dataset.name();
    if (namespace.startsWith("mlflow://") || namespace.equals("mlflow")) {
      String model = name.startsWith("models:/") ? name.substring("models:/".length()) : name;
      Matcher version = VERSION.matcher(model);
      if (version.matches()) {
        return new DatasetRef(
            sourceId + ":model/" + model,
            "models:/" + model,
            ResourceKind.MODEL_VERSION,
            version.group(1) + " v" + version.group(2));
      }
      return new DatasetRef(
          sourceId + ":model/" + model, "models:/" + model, ResourceKind.MODEL, model);
    }
    String joined =
        namespace.endsWith("/") || name.startsWith("/") ? namespace + name : namespace + "/" + name;
    return new DatasetRef(sourceId + ":dataset/" + joined, joined, ResourceKind.DATASET, name);
  }

  Resource resource(String sourceId) {
    return new Resource(id, sourceId, externalId, kind, name, null, false);
  }
}
