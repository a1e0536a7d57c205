/**
 * The demo estate: one deterministic synthetic estate per seed and scale, written source by source
 * so the console, the tests and the benchmarks share it. {@link io.keyward.model.demo.DemoEstate}
 * is the entry point.
 */
@NullMarked
package io.keyward.model.demo;

import org.jspecify.annotations.NullMarked;
