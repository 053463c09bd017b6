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
    /// An update names an id that is not registered.
    case notRegistered(CSVPosition, id: String)
    /// The e-mail address is not of the form `name@domain`.
    case invalidEmail(CSVPosition, value: String)
    /// A participant field's value is neither one of its options nor one of their labels.
    case invalidFieldValue(CSVPosition, field: String, value: String, allowed: [String])

    /// One sentence with place, problem and fix, in English.
    public var description: String { message(in: "en") }

    /// Where the problem is, if it has a place in a data row; the header's problems have none.
    public var position: CSVPosition? {
        switch self {
        case .csv(let error): error.position
        case .missingColumn, .unknownColumn, .duplicateColumn: nil
        case .emptyValue(let position, _), .invalidID(let position, _), .duplicateID(let position, _, _),
            .alreadyRegistered(let position, _), .notRegistered(let position, _), .invalidEmail(let position, _),
            .invalidFieldValue(let position, _, _, _):
            position
        }
    }

    /// One sentence with place, problem and fix, in German (`de`) or English (any other code).
    public func message(in language: String) -> String {
        let german = language == "de"
        let problem = problem(in: language)
        switch self {
        case .csv: return problem
        case .missingColumn: return (german ? "Zeile 1: " : "row 1: ") + problem
        case .unknownColumn(_, let column, _), .duplicateColumn(_, let column):
            return (german ? "Zeile 1, Spalte \(column): " : "row 1, column \(column): ") + problem
        default:
            guard let position else { return problem }
            return "\(position.text(in: language)): \(problem)"
        }
    }

    /// The problem and its fix without the place, for a form that shows it beside the field.
    public func problem(in language: String) -> String {
        let german = language == "de"
        switch self {
        case .csv(let error):
            return error.message(in: language)
        case .missingColumn(let name):
            return german
                ? "Die Spalte „\(name)“ fehlt; ergänzen Sie sie in der Kopfzeile."
                : "the column '\(name)' is missing; add it to the header line"
        case .unknownColumn(let name, _, let known):
            return german
                ? "unbekannte Spalte „\(name)“; bekannt sind \(known.joined(separator: ", "))."
                : "unknown column '\(name)'; known columns are \(known.joined(separator: ", "))"
        case .duplicateColumn(let name, _):
            return german ? "Die Spalte „\(name)“ kommt doppelt vor." : "the column '\(name)' appears twice"
        case .emptyValue(_, let column):
            return german
                ? "„\(column)“ ist leer; jede teilnehmende Stelle braucht einen Wert."
                : "'\(column)' is empty; every participant needs one"
        case .invalidID(_, let value):
            return german
                ? "Die ID „\(value)“ darf nur A–Z a–z 0–9 . _ - enthalten (höchstens 128 Zeichen)."
                : "id '\(value)' may only contain A-Z a-z 0-9 . _ - (at most 128 characters)"
        case .duplicateID(_, let id, let firstRow):
            return german
                ? "Die ID „\(id)“ steht schon in Zeile \(firstRow)."
                : "id '\(id)' already appears in row \(firstRow)"
        case .alreadyRegistered(_, let id):
            return german
                ? "Die ID „\(id)“ ist bereits registriert; bereits Registrierte lassen sich überspringen oder aktualisieren."
                : "id '\(id)' is already registered; registered participants can be skipped or updated instead"
        case .notRegistered(_, let id):
            return german
                ? "Die ID „\(id)“ ist noch nicht registriert und lässt sich daher nicht aktualisieren."
                : "id '\(id)' is not registered yet, so it cannot be updated"
        case .invalidEmail(_, let value):
            return german
                ? "„\(value)“ ist keine E-Mail-Adresse der Form name@schule.de."
                : "'\(value)' is not an e-mail address like name@schule.de"
        case .invalidFieldValue(_, let field, let value, let allowed):
            return german
                ? "„\(value)“ ist kein Wert von „\(field)“; erlaubt: \(allowed.joined(separator: ", ")) oder ihre Bezeichnungen."
                : "'\(value)' is not a value of '\(field)'; allowed: \(allowed.joined(separator: ", ")) or their labels"
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
