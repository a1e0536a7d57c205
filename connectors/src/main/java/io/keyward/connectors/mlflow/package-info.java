/**
 * MLflow tracking and model registry (REST API 2.x): registered models, model versions and the runs
 * behind them with their dataset inputs, live with bearer or basic auth, or from a file of saved
 * replies.
 */
@NullMarked
package io.keyward.connectors.mlflow;

import org.jspecify.annotations.NullMarked;
