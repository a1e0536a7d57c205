/**
 * The delegation graph page: a layered left-to-right drawing of the chains through an identity
 * (laid out by Eclipse ELK off the FX thread, drawn on a canvas), with escalating hops in the
 * danger colour, expand and collapse, path search, and PNG and SVG export.
 */
@NullMarked
package io.keyward.app.page.graph;

import org.jspecify.annotations.NullMarked;
