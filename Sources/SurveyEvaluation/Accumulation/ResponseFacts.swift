/// One submitted response as the accumulators see it.
public struct ResponseFacts: Sendable, Hashable {
    /// One observation per question of the plan, in plan order.
    public var observations: [Observation]
    /// Whether each question of the plan was shown, in plan order.
    public var shown: [Bool]
    /// The position of the response's breakdown group, nil when it has none.
    public var group: Int?

    public init(observations: [Observation], shown: [Bool], group: Int? = nil) {
        self.observations = observations
        self.shown = shown
        self.group = group
    }
}
