package io.keyward.app.page;

import javafx.scene.Node;

/** A page the shell can show: its view, and what the page keys (Ctrl+F, Esc) mean on it. */
public interface ConsolePage {

  Node view();

  /** Called each time the page is shown; a page loads its data the first time. */
  void activate();

  /** Ctrl+F: focus the page's search field, if it has one. */
  default void focusSearch() {}

  /** Esc: clear the page's search and filters, if it has any. */
  default void clearSearch() {}
}
