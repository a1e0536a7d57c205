package io.keyward.connectors.aws;

import io.keyward.connectors.testing.Fixtures;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * IAM as MockWebServer serves it: answers each form post from the recorded fixtures by its Action,
 * Marker, UserName and AccessKeyId; a test queues other answers for an action first (a throttle, a
 * broken page) and reads back the forms it got.
 */
final class FakeIam extends Dispatcher {
  private final Map<String, Deque<MockResponse>> queued = new HashMap<>();
  private final List<Map<String, String>> forms = Collections.synchronizedList(new ArrayList<>());
  private final List<RecordedRequest> requests = Collections.synchronizedList(new ArrayList<>());

  /** Inline policies by {@code Kind/principal/policy}, e.g. {@code User/pricing-agent/prices}. */
  private final Map<String, String> inlinePolicies = new HashMap<>();

  private String reportState = "COMPLETE";

  /** Serves {@code responses} for {@code action}'s next calls, before the fixtures. */
  synchronized FakeIam queue(String action, MockResponse... responses) {
    Deque<MockResponse> deque = queued.computeIfAbsent(action, a -> new ArrayDeque<>());
    deque.addAll(List.of(responses));
    return this;
  }

  /** Gives the {@code kind} ({@code User}, {@code Role}, {@code Group}) an inline policy. */
  synchronized FakeIam inlinePolicy(String kind, String principal, String name, String document) {
    inlinePolicies.put(kind + "/" + principal + "/" + name, document);
    return this;
  }

  /** GenerateCredentialReport keeps answering this state. */
  FakeIam reportState(String state) {
    this.reportState = state;
    return this;
  }

  List<Map<String, String>> forms(String action) {
    synchronized (forms) {
      return forms.stream().filter(f -> action.equals(f.get("Action"))).toList();
    }
  }

  List<RecordedRequest> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  static MockResponse xml(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "text/xml")
        .body(body)
        .build();
  }

  static MockResponse fixture(int code, String file) {
    return xml(code, Fixtures.text("aws", file));
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    requests.add(request);
    Map<String, String> form = form(request.getBody() == null ? "" : request.getBody().utf8());
    forms.add(form);
    String action = form.getOrDefault("Action", "");
    synchronized (this) {
      Deque<MockResponse> deque = queued.get(action);
      if (deque != null && !deque.isEmpty()) {
        return deque.poll();
      }
    }
    return switch (action) {
      case "GetAccountAuthorizationDetails" ->
          switch (form.getOrDefault("Marker", "")) {
            case "" -> fixture(200, "GetAccountAuthorizationDetails-1.xml");
            case "AAF0aXBhZ2Ux" -> fixture(200, "GetAccountAuthorizationDetails-2.xml");
            case "AAF0aXBhZ2Uy" -> fixture(200, "GetAccountAuthorizationDetails-3.xml");
            default -> fixture(400, "error-throttling.xml");
          };
      case "ListAccessKeys" -> accessKeys(form.get("UserName"), form.get("Marker"));
      case "GetAccessKeyLastUsed" ->
          fixture(200, "GetAccessKeyLastUsed-" + form.get("AccessKeyId") + ".xml");
      case "GenerateCredentialReport" ->
          reportState.equals("COMPLETE")
              ? fixture(200, "GenerateCredentialReport-complete.xml")
              : fixture(200, "GenerateCredentialReport-started.xml");
      case "GetCredentialReport" -> fixture(200, "GetCredentialReport.xml");
      case "PutUserPolicy", "PutRolePolicy", "PutGroupPolicy" -> putPolicy(action, form);
      case "GetUserPolicy", "GetRolePolicy", "GetGroupPolicy" -> getPolicy(action, form);
      case "DeleteUserPolicy", "DeleteRolePolicy", "DeleteGroupPolicy" ->
          deletePolicy(action, form);
      default ->
          xml(400, "<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>");
    };
  }

  /** Keeps the document, as IAM does, for the Get action to return. */
  private synchronized MockResponse putPolicy(String action, Map<String, String> form) {
    inlinePolicies.put(policyKey("Put", action, form), form.get("PolicyDocument"));
    return accepted(action);
  }

  private synchronized MockResponse deletePolicy(String action, Map<String, String> form) {
    inlinePolicies.remove(policyKey("Delete", action, form));
    return accepted(action);
  }

  /** The document URL-encoded, as IAM returns policy documents; NoSuchEntity when absent. */
  private synchronized MockResponse getPolicy(String action, Map<String, String> form) {
    String kind = principalKind("Get", action);
    String document = inlinePolicies.get(policyKey("Get", action, form));
    if (document == null) {
      return xml(
          404,
          "<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error>"
              + "<Type>Sender</Type><Code>NoSuchEntity</Code><Message>The "
              + kind.toLowerCase(java.util.Locale.ROOT)
              + " policy with name "
              + form.get("PolicyName")
              + " cannot be found.</Message></Error><RequestId>r-get</RequestId></ErrorResponse>");
    }
    return xml(
        200,
        "<"
            + action
            + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><"
            + action
            + "Result><PolicyName>"
            + form.get("PolicyName")
            + "</PolicyName><"
            + kind
            + "Name>"
            + form.get(kind + "Name")
            + "</"
            + kind
            + "Name><PolicyDocument>"
            + java.net.URLEncoder.encode(document, StandardCharsets.UTF_8)
            + "</PolicyDocument></"
            + action
            + "Result><ResponseMetadata><RequestId>r-get</RequestId></ResponseMetadata></"
            + action
            + "Response>");
  }

  /** IAM's empty answer to a change. */
  static MockResponse accepted(String action) {
    return xml(
        200,
        "<"
            + action
            + "Response xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\">"
            + "<ResponseMetadata><RequestId>r-"
            + action
            + "</RequestId></ResponseMetadata></"
            + action
            + "Response>");
  }

  /** {@code PutUserPolicy} with verb {@code Put} is about a {@code User}. */
  private static String principalKind(String verb, String action) {
    return action.substring(verb.length(), action.length() - "Policy".length());
  }

  private static String policyKey(String verb, String action, Map<String, String> form) {
    String kind = principalKind(verb, action);
    return kind + "/" + form.get(kind + "Name") + "/" + form.get("PolicyName");
  }

  private static MockResponse accessKeys(String user, String marker) {
    return switch (user) {
      case "ci-bot" ->
          fixture(
              200, marker == null ? "ListAccessKeys-ci-bot-1.xml" : "ListAccessKeys-ci-bot-2.xml");
      case "deploy-agent", "pricing-agent", "legacy-backup" ->
          fixture(200, "ListAccessKeys-" + user + ".xml");
      default -> fixture(200, "ListAccessKeys-none.xml");
    };
  }

  private static Map<String, String> form(String body) {
    Map<String, String> form = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        form.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return form;
  }
}
