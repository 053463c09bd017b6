import CSVCodec

/// One problem in a participants import file.
public enum ParticipantImportError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file itself is not valid CSV.
    case csv(CSVError)
    /// A required column (`id`, `label` or a participant field) is missing from the header.
    case missingColumn(String)
    /// A header names no known column.
    case unknownColumn(String, column: Int, known: [String])
    /// A column name appears twice in the header.
    case duplicateColumn(String, column: Int)
    /// A required value is empty.
    case emptyValue(CSVPosition, column: String)
    /// An id with characters other than `A-Z a-z 0-9 . _ -`, or longer than 128.
    case invalidID(CSVPosition, value: String)
    /// The same id twice in the file.
    case duplicateID(CSVPosition, id: String, firstRow: Int)
    /// The id is already registered from an earlier import.
    case alreadyRegistered(CSVPosition, id: String)
    /// The e-mail address is not of the form `name@domain`.
    case invalidEmail(CSVPosition, value: String)
    /// A participant field's value is not one of its options.
    case invalidFieldValue(CSVPosition, field: String, value: String, allowed: [String])

    /// One sentence with place, problem and fix.
    public var description: String {
        switch self {
        case .csv(let error):
            error.description
        case .missingColumn(let name):
            "row 1: the column '\(name)' is missing; add it to the header line"
        case .unknownColumn(let name, let column, let known):
            "row 1, column \(column): unknown column '\(name)'; known columns are \(known.joined(separator: ", "))"
        case .duplicateColumn(let name, let column):
            "row 1, column \(column): the column '\(name)' appears twice"
        case .emptyValue(let position, let column):
            "\(position): '\(column)' is empty; every participant needs one"
        case .invalidID(let position, let value):
            "\(position): id '\(value)' may only contain A-Z a-z 0-9 . _ - (at most 128 characters)"
        case .duplicateID(let position, let id, let firstRow):
            "\(position): id '\(id)' already appears in row \(firstRow)"
        case .alreadyRegistered(let position, let id):
            "\(position): id '\(id)' is already registered; use 'survey participants reissue' for a new token"
        case .invalidEmail(let position, let value):
            "\(position): '\(value)' is not an e-mail address like name@schule.de"
        case .invalidFieldValue(let position, let field, let value, let allowed):
            "\(position): '\(value)' is not a value of '\(field)'; allowed: \(allowed.joined(separator: ", "))"
        }
    }
}

/// Every problem of an import file; nothing was imported.
public struct ParticipantImportErrors: Error, Sendable, Hashable, CustomStringConvertible {
    public let errors: [ParticipantImportError]

    public var description: String {
        errors.map(\.description).joined(separator: "\n")
    }
}
