package io.keyward.connectors.gcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.keyward.connectors.http.WireJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import okhttp3.HttpUrl;
import org.jspecify.annotations.Nullable;

/**
 * A service-account JSON key as the console or {@code gcloud iam service-accounts keys create}
 * writes it. The private key is parsed straight into a {@link PrivateKey} and never printed; errors
 * name the file and the field, never a value.
 *
 * @param tokenUri where to trade a signed assertion for a token; honoured so a test key can point
 *     at a local server
 */
record ServiceAccountKeyFile(
    String clientEmail,
    String privateKeyId,
    PrivateKey privateKey,
    HttpUrl tokenUri,
    @Nullable String projectId) {

  static final HttpUrl GOOGLE_TOKEN_URI = HttpUrl.get("https://oauth2.googleapis.com/token");

  /**
   * @throws IllegalArgumentException naming the file and what is wrong with it
   */
  static ServiceAccountKeyFile read(Path file) {
    JsonNode json;
    try {
      json = WireJson.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw problem(file, "is not JSON");
    } catch (IOException e) {
      throw problem(file, "cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    if (json == null || !json.isObject()) {
      throw problem(file, "is not a JSON object");
    }
    String type = text(json, "type");
    if (type == null) {
      throw problem(file, "has no type; a service-account key says \"type\": \"service_account\"");
    }
    if (!type.equals("service_account")) {
      throw problem(
          file,
          "is a '"
              + type
              + "' credential, not a service-account key; use a key of type service_account or"
              + " set GOOGLE_OAUTH_ACCESS_TOKEN (gcloud auth print-access-token)");
    }
    String tokenUri = text(json, "token_uri");
    HttpUrl tokenUrl = tokenUri == null ? GOOGLE_TOKEN_URI : HttpUrl.parse(tokenUri);
    if (tokenUrl == null) {
      throw problem(file, "has a token_uri that is not an http(s) URL");
    }
    return new ServiceAccountKeyFile(
        required(file, json, "client_email"),
        required(file, json, "private_key_id"),
        privateKey(file, required(file, json, "private_key")),
        tokenUrl,
        text(json, "project_id"));
  }

  private static PrivateKey privateKey(Path file, String pem) {
    String base64 =
        pem.replace("-----BEGIN PRIVATE KEY-----", "")
            .replace("-----END PRIVATE KEY-----", "")
            .replaceAll("\\s", "");
    try {
      byte[] der = Base64.getDecoder().decode(base64);
      return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
    } catch (IllegalArgumentException | GeneralSecurityException e) {
      throw problem(file, "has a private_key that is not a PKCS#8 PEM RSA key");
    }
  }

  private static String required(Path file, JsonNode json, String field) {
    String value = text(json, field);
    if (value == null || value.isBlank()) {
      throw problem(file, "has no " + field);
    }
    return value;
  }

  private static @Nullable String text(JsonNode json, String field) {
    JsonNode value = json.get(field);
    return value == null || !value.isTextual() ? null : value.asText();
  }

  private static IllegalArgumentException problem(Path file, String what) {
    return new IllegalArgumentException("the Google credentials file " + file + " " + what);
  }

  @Override
  public String toString() {
    return "ServiceAccountKeyFile[" + clientEmail + ", key " + privateKeyId + "]";
  }
}
