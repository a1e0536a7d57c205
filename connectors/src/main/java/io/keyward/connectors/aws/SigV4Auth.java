package io.keyward.connectors.aws;

import io.keyward.connectors.http.RequestAuth;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okio.Buffer;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.HttpSigner;
import software.amazon.awssdk.http.auth.spi.signer.SignedRequest;
import software.amazon.awssdk.identity.spi.AwsCredentialsIdentity;
import software.amazon.awssdk.identity.spi.AwsSessionCredentialsIdentity;

/**
 * Signs each request with AWS Signature Version 4 using the AWS SDK's signer, scope {@code
 * us-east-1/iam}: IAM is global and accepts no other scope. Every attempt is signed afresh, so a
 * retry after a long backoff carries a current {@code X-Amz-Date}.
 */
final class SigV4Auth implements RequestAuth {
  static final String REGION = "us-east-1";
  static final String SERVICE = "iam";

  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
  private final AwsCredentials credentials;
  private final Clock clock;

  SigV4Auth(AwsCredentials credentials, Clock clock) {
    this.credentials = credentials;
    this.clock = clock;
  }

  @Override
  public Request authorize(Request request) {
    RequestBody body = request.body();
    byte[] payload = body == null ? new byte[0] : bytes(body);
    Request.Builder out = request.newBuilder();
    SdkHttpRequest.Builder unsigned =
        SdkHttpRequest.builder()
            .method(SdkHttpMethod.fromValue(request.method()))
            .uri(request.url().uri());
    request.headers().forEach(h -> unsigned.appendHeader(h.getFirst(), h.getSecond()));
    MediaType type = body == null ? null : body.contentType();
    if (type != null) {
      // Sign the Content-Type OkHttp will send, and send exactly that.
      unsigned.putHeader("Content-Type", type.toString());
      out.header("Content-Type", type.toString());
    }
    SignedRequest signed =
        signer.sign(
            r ->
                r.identity(identity())
                    .request(unsigned.build())
                    .payload(ContentStreamProvider.fromByteArray(payload))
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, SERVICE)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, REGION)
                    .putProperty(HttpSigner.SIGNING_CLOCK, clock));
    signed
        .request()
        .forEachHeader(
            (name, values) -> {
              out.removeHeader(name);
              values.forEach(v -> out.addHeader(name, v));
            });
    return out.build();
  }

  private AwsCredentialsIdentity identity() {
    String secret = credentials.secretAccessKey().reveal();
    return credentials.sessionToken() == null
        ? AwsCredentialsIdentity.create(credentials.accessKeyId(), secret)
        : AwsSessionCredentialsIdentity.create(
            credentials.accessKeyId(), secret, credentials.sessionToken().reveal());
  }

  private static byte[] bytes(RequestBody body) {
    try (Buffer buffer = new Buffer()) {
      body.writeTo(buffer);
      return buffer.readByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body to sign it", e);
    }
  }
}
