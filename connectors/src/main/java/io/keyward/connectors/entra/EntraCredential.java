package io.keyward.connectors.entra;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.Secret;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the sync app proves itself to the token endpoint: a client secret or a certificate. Found
 * where the Azure SDKs' EnvironmentCredential looks ({@code AZURE_CLIENT_SECRET}, then {@code
 * AZURE_CLIENT_CERTIFICATE_PATH}), else the user is asked for the secret.
 */
sealed interface EntraCredential {
  String SECRET_VARIABLE = "AZURE_CLIENT_SECRET";
  String CERTIFICATE_VARIABLE = "AZURE_CLIENT_CERTIFICATE_PATH";

  /** The client-credentials form for one token request; an assertion is signed afresh each time. */
  Map<String, String> tokenForm(EntraSettings settings, Instant now);

  /** A word for the test message: which kind of credential worked. */
  String describe();

  static EntraCredential resolve(EntraSettings settings, ConnectEnvironment environment) {
    var secret = environment.variable(SECRET_VARIABLE);
    if (secret.isPresent()) {
      return new ClientSecret(Secret.of(secret.get()));
    }
    var certificate = environment.variable(CERTIFICATE_VARIABLE);
    if (certificate.isPresent()) {
      return new ClientCertificate(CertificateKey.read(Path.of(certificate.get())));
    }
    return environment
        .prompt()
        .ask(
            "Client secret of app "
                + settings.clientId()
                + " in Entra tenant "
                + settings.tenantId())
        .<EntraCredential>map(ClientSecret::new)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no credentials for Entra app "
                        + settings.clientId()
                        + ": set "
                        + SECRET_VARIABLE
                        + " or "
                        + CERTIFICATE_VARIABLE));
  }

  private static Map<String, String> baseForm(EntraSettings settings) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("grant_type", "client_credentials");
    form.put("client_id", settings.clientId());
    form.put("scope", settings.scope());
    return form;
  }

  record ClientSecret(Secret secret) implements EntraCredential {
    @Override
    public Map<String, String> tokenForm(EntraSettings settings, Instant now) {
      Map<String, String> form = baseForm(settings);
      form.put("client_secret", secret.reveal());
      return form;
    }

    @Override
    public String describe() {
      return "client secret";
    }
  }

  record ClientCertificate(CertificateKey key) implements EntraCredential {
    @Override
    public Map<String, String> tokenForm(EntraSettings settings, Instant now) {
      Map<String, String> form = baseForm(settings);
      form.put("client_assertion_type", ClientAssertion.TYPE);
      form.put(
          "client_assertion",
          ClientAssertion.sign(key, settings.clientId(), settings.tokenUrl().toString(), now));
      return form;
    }

    @Override
    public String describe() {
      return "client certificate " + key.sha256Thumbprint();
    }
  }
}
