package io.keyward.connectors.aws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.keyward.connectors.aws.IamWire.Group;
import io.keyward.connectors.aws.IamWire.ManagedPolicy;
import io.keyward.connectors.aws.IamWire.Role;
import io.keyward.connectors.aws.IamWire.User;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads the JSON {@code aws iam get-account-authorization-details} prints, streaming: each user,
 * group, role and policy is bound on its own, never the whole file as one tree, and several
 * top-level objects back to back (pages printed one after another) are read as one account.
 */
final class AuthorizationJson {
  private AuthorizationJson() {}

  /**
   * @throws IOException when the file cannot be read or is not JSON
   * @throws IllegalArgumentException when it is JSON of another shape, naming the line
   */
  static AuthorizationDetails read(Path file) throws IOException {
    AuthorizationDetails.Builder details = new AuthorizationDetails.Builder();
    try (JsonParser parser = IamWire.JSON.getFactory().createParser(file.toFile())) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token != JsonToken.START_OBJECT) {
          throw shape(parser, "expected a JSON object with UserDetailList, RoleDetailList, ...");
        }
        readObject(parser, details);
      }
    }
    return details.build();
  }

  private static void readObject(JsonParser parser, AuthorizationDetails.Builder details)
      throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "UserDetailList" ->
            readList(
                parser,
                value,
                field,
                User.class,
                u -> u.userName() != null && u.arn() != null,
                details::add);
        case "GroupDetailList" ->
            readList(
                parser,
                value,
                field,
                Group.class,
                g -> g.groupName() != null && g.arn() != null,
                details::add);
        case "RoleDetailList" ->
            readList(
                parser,
                value,
                field,
                Role.class,
                r -> r.roleName() != null && r.arn() != null,
                details::add);
        case "Policies" ->
            readList(
                parser,
                value,
                field,
                ManagedPolicy.class,
                p -> p.policyName() != null && p.arn() != null,
                details::add);
        default -> parser.skipChildren();
      }
    }
  }

  /**
   * Binds the items of list {@code field} one by one.
   *
   * @param complete whether an item has the fields every item of the list has
   */
  private static <T> void readList(
      JsonParser parser,
      JsonToken start,
      String field,
      Class<T> type,
      Predicate<T> complete,
      Consumer<T> into)
      throws IOException {
    if (start != JsonToken.START_ARRAY) {
      throw shape(parser, field + " is not a list");
    }
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token != JsonToken.START_OBJECT) {
        throw shape(parser, "an item of " + field + " is not an object");
      }
      T item = parser.readValueAs(type);
      if (!complete.test(item)) {
        throw shape(parser, "an item of " + field + " without its name or Arn");
      }
      into.accept(item);
    }
  }

  private static IllegalArgumentException shape(JsonParser parser, String problem) {
    return new IllegalArgumentException(
        "line " + parser.currentLocation().getLineNr() + ": " + problem);
  }
}
