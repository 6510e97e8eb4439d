package network.khata.projections.search;

/**
 * A party found for a search: an {@code EXACT} match (every word of the query begins a word of the name, or the
 * phone or email is the one typed) or a {@code SUGGESTION} whose name is {@code distance} edits away.
 */
public record CustomerMatch(CustomerSearchDocument customer, Kind kind, int distance) {
    public enum Kind { EXACT, SUGGESTION }
}
