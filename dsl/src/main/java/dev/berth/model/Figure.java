package dev.berth.model;

/**
 * One coefficient of the comparison analysis with where it comes from.
 *
 * @param value the figure, in the unit its use states (bytes, milliseconds, a fraction, cores)
 * @param source the published source, an estimate's reasoning, or the model's profile that overrides it
 */
public record Figure(double value, Source source) {
}
