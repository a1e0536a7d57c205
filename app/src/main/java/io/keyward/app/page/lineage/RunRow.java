package io.keyward.app.page.lineage;

import io.keyward.app.format.Tone;

/**
 * One run as the page lists it.
 *
 * @param actor who ran it, or a warning that nobody was recorded
 * @param actorTone warning when the run's identity is unknown or did not resolve
 */
public record RunRow(
    String started,
    String job,
    String state,
    Tone stateTone,
    String actor,
    Tone actorTone,
    String read,
    String wrote,
    String source) {}
