/**
 * Hugging Face Hub: the token's own identity and permissions ({@code whoami-v2}), an organisation's
 * members and their roles, and its models and datasets, read with a user access token over the Hub
 * API.
 */
@NullMarked
package io.keyward.connectors.huggingface;

import org.jspecify.annotations.NullMarked;
