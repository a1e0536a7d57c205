package io.keyward.app.page.overview;

import io.keyward.model.cache.Problem;

/** An overview problem and how many items it has now. */
public record ProblemRow(Problem problem, long count) {}
