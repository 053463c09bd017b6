/// One response's answer to one question, reduced to what the accumulators count.
///
/// Choices are positions in the plan's category lists, so counting is array
/// indexing. Values the plan does not know (an option removed from a later
/// version of the definition) are left out by whoever builds observations and
/// arrive as `.missing`.
public enum Observation: Sendable, Hashable {
    /// Not answered.
    case missing
    /// A single choice by option position.
    case option(Int)
    /// A single choice of the free-text "other" choice.
    case other(String)
    /// A multiple choice by option positions, with the "other" text if chosen.
    case options([Int], other: String?)
    case boolean(Bool)
    /// A scale point, such as 4.
    case point(Int)
    /// The scale's "not applicable" answer.
    case notApplicable
    case number(Double)
    /// A matrix answer, one entry per row of the plan (nil for an unanswered row).
    case cells([MatrixObservation?])
    /// A ranking: option positions, best first.
    case ranking([Int])
    case text(String)
    case date(year: Int, month: Int, day: Int)
}

/// The answer of one matrix row.
public enum MatrixObservation: Sendable, Hashable {
    case point(Int)
    case notApplicable
    case option(Int)
}
