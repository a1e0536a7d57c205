package io.keyward.connectors.aws;

import io.keyward.connectors.ConnectEnvironment;
import io.keyward.connectors.ProfileSetting;
import io.keyward.connectors.Secret;
import io.keyward.connectors.SourceProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import software.amazon.awssdk.profiles.Profile;
import software.amazon.awssdk.profiles.ProfileFile;

/**
 * AWS credentials from the places the AWS CLI looks: {@code AWS_ACCESS_KEY_ID}, {@code
 * AWS_SECRET_ACCESS_KEY} and {@code AWS_SESSION_TOKEN}, else a named profile of the shared
 * credentials file. The file is read with the AWS SDK's own parser; profiles that only point
 * elsewhere (role_arn, SSO, credential_process) are refused with the way out.
 *
 * @param origin where they came from, for messages: never the values
 */
public record AwsCredentials(
    String accessKeyId, Secret secretAccessKey, @Nullable Secret sessionToken, String origin) {

  static final String PROFILE_SETTING = "awsProfile";

  /** The profile setting that picks a profile of the credentials file, for every AWS source. */
  public static final ProfileSetting PROFILE =
      ProfileSetting.optional(
          PROFILE_SETTING,
          "AWS profile",
          "Profile of ~/.aws/credentials to use when AWS_ACCESS_KEY_ID is not set; else"
              + " AWS_PROFILE, else default");

  private static final List<String> INDIRECT =
      List.of(
          "role_arn",
          "sso_session",
          "sso_start_url",
          "credential_process",
          "web_identity_token_file");

  /**
   * @throws IllegalArgumentException saying where it looked when no credentials are found
   */
  public static AwsCredentials resolve(SourceProfile profile, ConnectEnvironment environment) {
    Optional<String> keyId = environment.variable("AWS_ACCESS_KEY_ID");
    Optional<String> secret = environment.variable("AWS_SECRET_ACCESS_KEY");
    if (keyId.isPresent() != secret.isPresent()) {
      throw new IllegalArgumentException(
          "source "
              + profile.id()
              + ": set both AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or neither to use a"
              + " profile");
    }
    if (keyId.isPresent()) {
      return new AwsCredentials(
          keyId.get(),
          Secret.of(secret.get()),
          environment.variable("AWS_SESSION_TOKEN").map(Secret::of).orElse(null),
          "environment variables AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY");
    }
    String name =
        profile
            .setting(PROFILE_SETTING)
            .or(() -> environment.variable("AWS_PROFILE"))
            .orElse("default");
    return fromFile(profile.id(), name, credentialsFile(environment));
  }

  /**
   * {@code AWS_SHARED_CREDENTIALS_FILE} (a leading {@code ~} is the home), else ~/.aws/credentials.
   */
  static Path credentialsFile(ConnectEnvironment environment) {
    return environment
        .variable("AWS_SHARED_CREDENTIALS_FILE")
        .map(
            file ->
                file.startsWith("~/") || file.equals("~")
                    ? environment.home().resolve(file.substring(Math.min(2, file.length())))
                    : Path.of(file))
        .orElse(environment.home().resolve(".aws").resolve("credentials"));
  }

  private static AwsCredentials fromFile(String source, String name, Path file) {
    String where = "profile '" + name + "' of " + file;
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "source "
              + source
              + ": no AWS credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or create "
              + file
              + " (aws configure)");
    }
    Profile found;
    try {
      found =
          ProfileFile.builder()
              .content(file)
              .type(ProfileFile.Type.CREDENTIALS)
              .build()
              .profile(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "source "
                              + source
                              + ": no "
                              + where
                              + " (set awsProfile or AWS_PROFILE)"));
    } catch (IllegalArgumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "source " + source + ": cannot read " + file + ": " + e.getMessage(), e);
    }
    Optional<String> keyId = found.property("aws_access_key_id");
    Optional<String> secret = found.property("aws_secret_access_key");
    if (keyId.isEmpty() || secret.isEmpty()) {
      String indirect =
          INDIRECT.stream().filter(k -> found.property(k).isPresent()).findFirst().orElse(null);
      throw new IllegalArgumentException(
          "source "
              + source
              + ": "
              + where
              + (indirect == null
                  ? " lacks aws_access_key_id or aws_secret_access_key"
                  : " uses "
                      + indirect
                      + ", which Keyward does not follow; export keys first (aws configure"
                      + " export-credentials --format env)"));
    }
    return new AwsCredentials(
        keyId.get(),
        Secret.of(secret.get()),
        found.property("aws_session_token").filter(t -> !t.isBlank()).map(Secret::of).orElse(null),
        where);
  }
}
