package io.keyward.app.page.lineage;

/**
 * Someone who could have altered the selected model version, by their shortest way.
 *
 * @param how every kind of access they have to it, e.g. "ran the producing run"
 * @param access what the shortest way is: the run, or the grant and what it covers, and how many
 *     other ways there are
 * @param chain who acts through whom along the shortest way, e.g. "alice → eval-agent (on behalf
 *     of) → trainer (impersonation)"; "direct" when the identity holds the access itself
 */
public record AltererRow(String identity, String how, String access, String chain, int hops) {}
