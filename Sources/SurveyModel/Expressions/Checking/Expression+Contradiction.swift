extension Expression {
    /// Whether the condition holds for no answers at all, because the parts joined
    /// by `and` contradict each other: `x == 'a' and x == 'b'`, `x in ['a'] and x != 'a'`,
    /// `n > 5 and n < 3`.
    ///
    /// Only plain comparisons of one question or field with fixed values are
    /// weighed; a condition this does not understand counts as satisfiable, so
    /// a `true` is certain and a `false` is not a promise.
    public var neverHolds: Bool {
        var constraints: [ReferencePath: ValueConstraint] = [:]
        for part in Self.conjuncts(root) {
            guard let (path, constraint) = ValueConstraint.of(part) else { continue }
            constraints[path, default: ValueConstraint()].narrow(by: constraint)
        }
        return constraints.values.contains { $0.isEmpty }
    }

    /// The parts of a chain of `and`.
    private static func conjuncts(_ node: ExpressionNode) -> [ExpressionNode] {
        if case .binary(.and, let left, let right, _) = node.kind { return conjuncts(left) + conjuncts(right) }
        return [node]
    }
}

/// What a chain of `and` demands of one reference: a set of allowed values, excluded values, bounds.
private struct ValueConstraint {
    var allowed: Set<ExpressionValue>?
    var excluded: Set<ExpressionValue> = []
    var lower: (value: Double, strict: Bool)?
    var upper: (value: Double, strict: Bool)?

    var isEmpty: Bool {
        if let allowed {
            return allowed.allSatisfy { value in excluded.contains(value) || !withinBounds(value) }
        }
        guard let lower, let upper else { return false }
        return lower.value > upper.value || (lower.value == upper.value && (lower.strict || upper.strict))
    }

    private func withinBounds(_ value: ExpressionValue) -> Bool {
        guard case .number(let number) = value else { return true }
        if let lower, number < lower.value || (lower.strict && number == lower.value) { return false }
        if let upper, number > upper.value || (upper.strict && number == upper.value) { return false }
        return true
    }

    mutating func narrow(by other: ValueConstraint) {
        if let more = other.allowed { allowed = allowed.map { $0.intersection(more) } ?? more }
        excluded.formUnion(other.excluded)
        if let bound = other.lower,
            lower.map({ bound.value > $0.value || (bound.value == $0.value && bound.strict) }) ?? true
        {
            lower = bound
        }
        if let bound = other.upper,
            upper.map({ bound.value < $0.value || (bound.value == $0.value && bound.strict) }) ?? true
        {
            upper = bound
        }
    }

    /// The constraint one comparison puts on its reference; nil for anything else.
    static func of(_ node: ExpressionNode) -> (ReferencePath, ValueConstraint)? {
        var negated = false
        var node = node
        if case .not(let inner) = node.kind {
            negated = true
            node = inner
        }
        guard case .binary(var op, var left, var right, _) = node.kind else { return nil }
        if case .literal = left.kind, case .reference = right.kind {
            (left, right) = (right, left)
            op =
                switch op {
                case .less: .greater
                case .lessOrEqual: .greaterOrEqual
                case .greater: .less
                case .greaterOrEqual: .lessOrEqual
                default: op
                }
        }
        guard case .reference(let path, _) = left.kind else { return nil }
        var values: [ExpressionValue] = []
        switch right.kind {
        case .literal(let value) where value != .missing: values = [value]
        case .list(let elements):
            for element in elements {
                guard case .literal(let value) = element.kind else { return nil }
                values.append(value)
            }
        default: return nil
        }
        var constraint = ValueConstraint()
        switch (op, negated) {
        case (.equal, false), (.notEqual, true), (.in, false): constraint.allowed = Set(values)
        case (.notEqual, false), (.equal, true), (.in, true): constraint.excluded = Set(values)
        case (.less, false), (.lessOrEqual, false), (.greater, false), (.greaterOrEqual, false):
            guard case .number(let number)? = values.first else { return nil }
            if op == .less || op == .lessOrEqual {
                constraint.upper = (number, op == .less)
            } else {
                constraint.lower = (number, op == .greater)
            }
        default: return nil
        }
        return (path, constraint)
    }
}
