package io.keyward.connectors.alert;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One event of a feed file and where it stood, so problems read "line 4: ..." or "item 2: ...".
 *
 * @param json the event: an object, or a string where the line was not JSON (a compact JWT)
 */
public record FeedItem(String place, JsonNode json) {}
