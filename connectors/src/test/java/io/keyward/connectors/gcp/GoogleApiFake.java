package io.keyward.connectors.gcp;

import io.keyward.connectors.testing.Fixtures;
import io.keyward.connectors.testing.RoutedApi;
import java.util.List;
import mockwebserver3.MockResponse;

/**
 * Google's IAM, Resource Manager and token endpoint as one {@link RoutedApi}, answering from the
 * {@code gcp} fixtures and with Google's error shape for anything a test forgot.
 */
final class GoogleApiFake {
  static final String PROJECT = "ml-prod-4711";
  static final String SA_PATH = "/v1/projects/" + PROJECT + "/serviceAccounts";

  private GoogleApiFake() {}

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .addHeader("Content-Type", "application/json; charset=UTF-8")
        .body(body)
        .build();
  }

  static MockResponse fixture(String file) {
    return json(200, Fixtures.text("gcp", file));
  }

  static MockResponse error(int code, String file) {
    return json(code, Fixtures.text("gcp", file));
  }

  static String email(String account) {
    return account + "@" + PROJECT + ".iam.gserviceaccount.com";
  }

  /** The project of the fixtures: two pages of accounts, their keys and policies, a token. */
  static RoutedApi project() {
    RoutedApi fake =
        new RoutedApi(
            route ->
                json(
                    404,
                    "{\"error\":{\"code\":404,\"message\":\"no fixture for "
                        + route
                        + "\",\"status\":\"NOT_FOUND\"}}"));
    fake.always("POST /token", fixture("token.json"));
    fake.always("GET " + SA_PATH + "?pageSize=100", fixture("serviceAccounts-page1.json"));
    fake.always(
        "GET "
            + SA_PATH
            + "?pageSize=100&pageToken=CkZwcm9qZWN0cy9tbC1wcm9kLTQ3MTEvc2VydmljZUFjY291bnRzL2V2YWwtYWdlbnQ=",
        fixture("serviceAccounts-page2.json"));
    fake.always("GET " + SA_PATH + "?pageSize=1", fixture("serviceAccounts-page2.json"));
    for (String account :
        List.of(email("trainer"), email("eval-agent"), email("labeling-agent"), compute())) {
      fake.always("GET " + SA_PATH + "/" + account + "/keys", fixture("keys-none.json"));
      fake.always(
          "POST " + SA_PATH + "/" + account + ":getIamPolicy",
          fixture("sa-getIamPolicy-empty.json"));
    }
    fake.always(
        "GET " + SA_PATH + "/" + email("eval-agent") + "/keys", fixture("keys-eval-agent.json"));
    fake.always(
        "GET " + SA_PATH + "/" + email("labeling-agent") + "/keys",
        fixture("keys-labeling-agent.json"));
    fake.always(
        "POST " + SA_PATH + "/" + email("trainer") + ":getIamPolicy",
        fixture("sa-getIamPolicy-trainer.json"));
    fake.always(
        "POST /v1/projects/" + PROJECT + ":getIamPolicy", fixture("project-getIamPolicy.json"));
    return fake;
  }

  static String compute() {
    return "123456789012-compute@developer.gserviceaccount.com";
  }
}
