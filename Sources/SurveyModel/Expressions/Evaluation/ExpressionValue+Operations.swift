/// The operations of the expression language on single values, shared by
/// evaluation; each is total and answers `nil`, `false` or `.missing` where
/// the language leaves a result undefined.
extension ExpressionValue {
    /// Whether two answered values are equal; `nil` when either is missing or
    /// they are of kinds that do not compare, which every comparison treats as false.
    static func equal(_ left: ExpressionValue, _ right: ExpressionValue) -> Bool? {
        switch (left, right) {
        case (.missing, _), (_, .missing): nil
        case (.number(let a), .number(let b)): a == b
        case (.text(let a), .text(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        case (.date, .date): left == right
        case (.date, .text(let text)): isoDate(text).map { $0 == left }
        case (.text(let text), .date): isoDate(text).map { $0 == right }
        case (.list(let a), .list(let b)):
            a.count == b.count && zip(a, b).allSatisfy { equal($0, $1) == true }
        default: nil
        }
    }

    /// The order of two numbers or dates (negative, zero, positive), or `nil`.
    static func order(_ left: ExpressionValue, _ right: ExpressionValue) -> Int? {
        switch (left, right) {
        case (.number(let a), .number(let b)):
            return a < b ? -1 : a > b ? 1 : a == b ? 0 : nil
        case (.date(let y1, let m1, let d1), .date(let y2, let m2, let d2)):
            return (y1, m1, d1) < (y2, m2, d2) ? -1 : (y1, m1, d1) == (y2, m2, d2) ? 0 : 1
        case (.date, .text(let text)):
            return isoDate(text).flatMap { order(left, $0) }
        case (.text(let text), .date):
            return isoDate(text).flatMap { order($0, right) }
        default:
            return nil
        }
    }

    /// Whether a list holds `element`, or a text holds it as a part.
    static func contains(_ collection: ExpressionValue, _ element: ExpressionValue) -> Bool {
        switch (collection, element) {
        case (.list(let values), _): values.contains { equal($0, element) == true }
        case (.text(let text), .text(let part)): text.contains(part)
        default: false
        }
    }

    /// A number, or `.missing` for an infinity or NaN, which the language has no value for.
    static func finite(_ value: Double) -> ExpressionValue {
        value.isFinite ? .number(value) : .missing
    }

    /// An answer counts when it is there and not empty: an empty text or an
    /// empty selection is no answer.
    var isAnswered: Bool {
        switch self {
        case .missing: false
        case .text(let text): !text.isEmpty
        case .list(let values): !values.isEmpty
        case .number, .bool, .date: true
        }
    }

    /// `sum`, `min` or `max` over numbers and lists of numbers; missing as soon
    /// as one value is.
    static func aggregate(_ function: ExpressionFunction, _ arguments: [ExpressionValue]) -> ExpressionValue {
        var numbers: [Double] = []
        for argument in arguments {
            switch argument {
            case .number(let value): numbers.append(value)
            case .list(let values):
                for value in values {
                    guard case .number(let number) = value else { return .missing }
                    numbers.append(number)
                }
            default: return .missing
            }
        }
        switch function {
        case .sum: return finite(numbers.reduce(0, +))
        case .min: return numbers.min().map(ExpressionValue.number) ?? .missing
        default: return numbers.max().map(ExpressionValue.number) ?? .missing
        }
    }

    /// Rounds half away from zero to `digits` decimal places (0 when omitted,
    /// negative to round to tens, hundreds, …); digits must be a whole number
    /// from -15 to 15.
    static func round(_ arguments: [ExpressionValue]) -> ExpressionValue {
        guard case .number(let value)? = arguments.first else { return .missing }
        var digits = 0
        if arguments.count > 1 {
            // The range test comes first: it also turns away NaN before the conversion.
            guard case .number(let requested) = arguments[1], Swift.abs(requested) <= 15,
                Double(Int(requested)) == requested
            else { return .missing }
            digits = Int(requested)
        }
        var scale = 1.0
        for _ in 0..<Swift.abs(digits) { scale *= 10 }
        let scaled = digits >= 0 ? value * scale : value / scale
        // Beyond 2^52 a double has no fraction left to round.
        guard scaled.isFinite, Swift.abs(scaled) < 4_503_599_627_370_496 else { return .number(value) }
        // Integer conversion truncates toward zero; done by hand so the module
        // needs no C maths library.
        let truncated = Double(Int64(scaled))
        let fraction = scaled - truncated
        let rounded = Swift.abs(fraction) >= 0.5 ? truncated + (scaled < 0 ? -1 : 1) : truncated
        return finite(digits >= 0 ? rounded / scale : rounded * scale)
    }
}
