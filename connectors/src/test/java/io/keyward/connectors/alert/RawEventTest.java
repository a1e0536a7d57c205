package io.keyward.connectors.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.keyward.connectors.http.WireJson;
import org.junit.jupiter.api.Test;

class RawEventTest {
  @Test
  void redactsValuesOfSecretNamedFieldsAtAnyDepthAndKeepsIds() throws Exception {
    String raw =
        RawEvent.text(
            WireJson.MAPPER.readTree(
                "{\"actor\":{\"user\":{\"credential_uid\":\"AKIA1\"}},"
                    + "\"unmapped\":{\"session_token\":\"FwoG\",\"headers\":[{\"Authorization\":\"AWS4 x\"}],"
                    + "\"client_secret\":\"s3cr3t\",\"passwordLastUsed\":\"x\"},"
                    + "\"events\":{\"https://schemas.openid.net/secevent/caep/event-type/token-claims-change\":{}}}"));

    assertThat(raw)
        .contains("\"credential_uid\":\"AKIA1\"")
        .contains("token-claims-change")
        .doesNotContain("FwoG", "AWS4 x", "s3cr3t")
        .contains("\"session_token\":\"[redacted]\"");
  }

  @Test
  void prettyPrintsForReadingAndRedactsAgain() {
    assertThat(RawEvent.pretty("{\"a\":{\"password\":\"p\",\"b\":1}}"))
        .isEqualTo("{\n  \"a\" : {\n    \"password\" : \"[redacted]\",\n    \"b\" : 1\n  }\n}");
    assertThat(RawEvent.pretty("not json {")).isEqualTo("not json {");
  }
}
