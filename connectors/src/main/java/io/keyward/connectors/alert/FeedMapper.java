package io.keyward.connectors.alert;

import java.util.List;

/** Reads the alerts of one feed item; a pure function of the item. */
@FunctionalInterface
public interface FeedMapper {
  /**
   * @throws IllegalArgumentException saying what is wrong with the item, which is then skipped
   */
  List<MappedAlert> map(FeedItem item);
}
