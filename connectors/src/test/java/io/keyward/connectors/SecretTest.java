package io.keyward.connectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecretTest {
  @Test
  void printsRedactedAnywhereItIsConcatenated() {
    Secret secret = Secret.of("hunter2");

    assertThat(secret.toString()).isEqualTo("[redacted]");
    assertThat("password=" + secret).doesNotContain("hunter2");
    assertThat(secret.reveal()).isEqualTo("hunter2");
  }

  @Test
  void anEmptySecretIsRefused() {
    assertThatThrownBy(() -> Secret.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
