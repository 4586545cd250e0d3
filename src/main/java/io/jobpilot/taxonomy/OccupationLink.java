package io.jobpilot.taxonomy;

/** A justified link between two occupations of different taxonomies; {@code kind} and {@code reason} say how it was made. */
public record OccupationLink(String from, String to, String kind, String reason) {
}
