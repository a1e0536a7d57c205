package io.keyward.app.page.inventory;

/**
 * A named filter the analyst arrived with (e.g. from an overview problem), shown as a removable
 * chip so it is clear why the list is narrowed.
 */
public record Preset<F>(String label, F filter) {}
