/// One variable of an SPSS system file: its name, label, what it holds and how SPSS shows it.
public struct SystemFileVariable: Sendable, Hashable {
    /// The variable name, valid in SPSS (see ``SPSSName``); written as the long name, with an
    /// 8-byte short name derived from it.
    public let name: String
    /// The variable label; empty for none.
    public let label: String
    public let content: Content
    public let measure: Measure

    /// What the variable's cells hold.
    public enum Content: Sendable, Hashable {
        /// Numbers shown in `format`, with discrete user-missing values (at most three) and value labels.
        case number(NumberFormat, missingValues: [Double] = [], valueLabels: [SystemFileValueLabel<Double>] = [])
        /// Text of at most `width` bytes of UTF-8 (1 to 32,767), with value labels.
        case text(width: Int, valueLabels: [SystemFileValueLabel<String>] = [])
    }

    /// How numbers are shown (the print and write format).
    public enum NumberFormat: Sendable, Hashable {
        /// `F(width).(decimals)`: plain numbers.
        case fixed(width: Int, decimals: Int)
        /// `DATE11` (`27-NOV-2026`): seconds since 1582-10-14, see ``SPSSTime``.
        case date
        /// `DATETIME24.3` (`27-NOV-2026 05:43:12.123`): seconds since 1582-10-14.
        case dateTime
    }

    /// The measurement level, as SPSS records it for its dialogs.
    public enum Measure: Int32, Sendable, Hashable {
        case nominal = 1
        case ordinal = 2
        case scale = 3
    }

    public init(name: String, label: String = "", content: Content, measure: Measure) {
        self.name = name
        self.label = label
        self.content = content
        self.measure = measure
    }
}

/// A label for one value of a variable.
public struct SystemFileValueLabel<Value: Sendable & Hashable>: Sendable, Hashable {
    public let value: Value
    public let label: String

    public init(value: Value, label: String) {
        self.value = value
        self.label = label
    }
}

/// One cell of a case.
public enum SystemFileCell: Sendable, Hashable {
    /// A number of a numeric variable.
    case number(Double)
    /// Text of a text variable.
    case text(String)
    /// No value: system-missing for numbers, blank for text.
    case missing
}
