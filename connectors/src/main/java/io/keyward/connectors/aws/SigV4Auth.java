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
 * Signs each request with AWS Signature Version 4 using the AWS SDK's signer, for one region and
 * service (the scope {@code REGION/SERVICE/aws4_request}). Every attempt is signed afresh, so a
 * retry after a long backoff carries a current {@code X-Amz-Date}.
 */
public final class SigV4Auth implements RequestAuth {
  private final AwsV4HttpSigner signer = AwsV4HttpSigner.create();
  private final AwsCredentials credentials;
  private final String region;
  private final String service;
  private final Clock clock;

  /**
   * @param region the region the endpoint serves, e.g. {@code eu-west-1}
   * @param service the signing name, e.g. {@code cloudtrail}
   */
  public SigV4Auth(AwsCredentials credentials, String region, String service, Clock clock) {
    this.credentials = credentials;
    this.region = region;
    this.service = service;
    this.clock = clock;
  }

  /** For IAM, which is global and accepts no other scope than {@code us-east-1/iam}. */
  static SigV4Auth iam(AwsCredentials credentials, Clock clock) {
    return new SigV4Auth(credentials, "us-east-1", "iam", clock);
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
                    .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, service)
                    .putProperty(AwsV4HttpSigner.REGION_NAME, region)
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
