package io.keyward.app.page.overview;

/**
 * One line of an overview breakdown, e.g. agents: 1,204.
 *
 * @param detail a second, quieter text such as a source's kind; may be empty
 */
public record CountRow(String label, String detail, long count) {}
