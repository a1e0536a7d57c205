package io.keyward.connectors.revoke;

import io.keyward.model.domain.Credential;
import io.keyward.model.domain.Delegation;
import io.keyward.model.domain.Grant;
import io.keyward.model.domain.Identity;
import org.jspecify.annotations.Nullable;

/**
 * What a revocation acts on: one cache item with the identities a revoker needs to address it at
 * the source (a credential's holder, a grant's principal, a delegation's ends).
 */
public sealed interface RevocationTarget {
  /** The cache id, as the audit records it. */
  String id();

  String sourceId();

  /** A short description for the preflight, e.g. {@code credential "client secret" of x}. */
  String describe();

  record OfIdentity(Identity identity) implements RevocationTarget {
    @Override
    public String id() {
      return identity.id();
    }

    @Override
    public String sourceId() {
      return identity.sourceId();
    }

    @Override
    public String describe() {
      return identity.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " "
          + identity.name();
    }
  }

  record OfCredential(Credential credential, Identity holder) implements RevocationTarget {
    @Override
    public String id() {
      return credential.id();
    }

    @Override
    public String sourceId() {
      return credential.sourceId();
    }

    @Override
    public String describe() {
      return credential.displayName() + " of " + holder.name();
    }
  }

  record OfGrant(Grant grant, Identity principal) implements RevocationTarget {
    @Override
    public String id() {
      return grant.id();
    }

    @Override
    public String sourceId() {
      return grant.sourceId();
    }

    @Override
    public String describe() {
      return "grant " + grant.permission() + " of " + principal.name();
    }
  }

  record OfDelegation(Delegation delegation, Identity from, @Nullable Identity to)
      implements RevocationTarget {
    @Override
    public String id() {
      return delegation.id();
    }

    @Override
    public String sourceId() {
      return delegation.sourceId();
    }

    @Override
    public String describe() {
      return "delegation from "
          + from.name()
          + " to "
          + (to == null ? delegation.toId() : to.name());
    }
  }
}
