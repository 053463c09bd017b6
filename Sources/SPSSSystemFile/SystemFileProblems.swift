/// Why a system file cannot be written: the variables or cells given do not fit together.
public enum SystemFileError: Error, Hashable, CustomStringConvertible {
    /// A variable's name is not a valid SPSS name (``SPSSName/isValid(_:)``).
    case invalidName(String)
    /// Two variables have the same name, regardless of case.
    case duplicateName(String)
    /// A text variable's width is outside 1…32,767, or a number format is one SPSS does not have.
    case invalidFormat(variable: String)
    /// More than three missing values.
    case tooManyMissingValues(variable: String)
    /// A text value label whose value is wider than its variable.
    case valueLabelTooWide(variable: String, value: String)
    /// A case (counted from 1) with a different number of cells than there are variables.
    case rowLength(row: Int, expected: Int, found: Int)
    /// A number in a text variable or text in a numeric variable, in case `row` (from 1).
    case cellType(row: Int, variable: String)

    public var description: String {
        switch self {
        case .invalidName(let name): "variable name \"\(name)\" is not a valid SPSS name"
        case .duplicateName(let name): "variable name \"\(name)\" is used twice"
        case .invalidFormat(let variable): "variable \(variable): width or format outside what SPSS allows"
        case .tooManyMissingValues(let variable): "variable \(variable): more than three missing values"
        case .valueLabelTooWide(let variable, let value):
            "variable \(variable): labelled value \"\(value)\" is wider than the variable"
        case .rowLength(let row, let expected, let found): "case \(row): \(found) cells for \(expected) variables"
        case .cellType(let row, let variable): "case \(row), variable \(variable): cell of the wrong type"
        }
    }
}

/// Something the writer shortened to SPSS's limits; the file is still written.
public enum SystemFileWarning: Hashable, Sendable {
    /// A text cell of case `row` (from 1) cut to the variable's width in bytes.
    case textCut(variable: String, row: Int, bytes: Int, width: Int)
    /// A variable label or value label cut to `limit` bytes, as SPSS reads no longer ones.
    case labelCut(variable: String, label: String, limit: Int)
}

/// A written system file and what had to be shortened in it.
public struct SystemFile: Sendable {
    public let bytes: [UInt8]
    public let warnings: [SystemFileWarning]
}
