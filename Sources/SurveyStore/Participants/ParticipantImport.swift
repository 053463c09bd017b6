import CSVCodec

/// Checks a participants CSV file completely before anything is written.
public enum ParticipantImport {
    /// A valid row of the import file, not yet registered.
    public struct Row: Sendable, Hashable {
        public let id: String
        public let label: String
        public let email: String?
        public let fields: [String: String]

        /// Creates a row.
        public init(id: String, label: String, email: String?, fields: [String: String]) {
            self.id = id
            self.label = label
            self.email = email
            self.fields = fields
        }
    }

    /// What an import does with rows whose id is registered already, and with new ones.
    public enum Mode: Sendable, Hashable {
        /// Registers new rows; an id registered already is an error (importing twice by mistake).
        case registerNew
        /// Registers new rows and skips those registered already (a list that grew).
        case addNew
        /// Changes label, e-mail and fields of rows registered already; a new id is an error.
        case update
        /// Registers new rows and changes those registered already.
        case addNewAndUpdate

        var acceptsExisting: Bool { self != .registerNew }
        var acceptsNew: Bool { self != .update }
    }

    /// The valid rows of a file, split by whether their id is registered already.
    public struct Checked: Sendable, Hashable {
        /// Rows with an id not registered yet, in file order.
        public let new: [Row]
        /// Rows with an id registered already, in file order (empty in ``Mode/registerNew``).
        public let existing: [Row]
    }

    /// Parses and checks `bytes`, refusing ids registered already.
    ///
    /// - Throws: ``ParticipantImportErrors`` with every problem, by row.
    public static func read(
        _ bytes: [UInt8], fields rules: [ParticipantFieldRule], existingIDs: Set<String>
    ) throws(ParticipantImportErrors) -> [Row] {
        try read(bytes, fields: rules, existingIDs: existingIDs, mode: .registerNew).new
    }

    /// Parses and checks `bytes`.
    ///
    /// Header names are matched without regard to case or surrounding spaces;
    /// values are trimmed. Required columns: `id`, `label` and every
    /// participant field; `email` is optional. A participant field's cell may
    /// hold an option's value or one of its labels (`gs` or `Grundschule`);
    /// the row carries the value.
    /// - Parameters:
    ///   - existingIDs: ids registered by earlier imports.
    ///   - mode: whether registered ids are refused, skipped or updated.
    /// - Throws: ``ParticipantImportErrors`` with every problem, by row.
    public static func read(
        _ bytes: [UInt8], fields rules: [ParticipantFieldRule], existingIDs: Set<String>, mode: Mode
    ) throws(ParticipantImportErrors) -> Checked {
        let table: CSVTable
        do {
            table = try CSVReader.read(bytes)
        } catch {
            throw ParticipantImportErrors(errors: error.errors.map { .csv($0) })
        }
        return try check(header: table.header, rows: table.rows, fields: rules, existingIDs: existingIDs, mode: mode)
    }

    /// Checks rows that are already split into fields, as ``read(_:fields:existingIDs:mode:)`` does
    /// for a file: a form that adds one participant gets the same checks and messages.
    public static func check(
        header: [String], rows table: [CSVTable.Row], fields rules: [ParticipantFieldRule], existingIDs: Set<String>,
        mode: Mode
    ) throws(ParticipantImportErrors) -> Checked {
        let known = ["id", "label", "email"] + rules.map(\.name)
        var errors: [ParticipantImportError] = []
        var columns: [String: Int] = [:]
        for (index, raw) in header.enumerated() {
            let name = raw.trimmed.lowercased()
            guard let canonical = known.first(where: { $0.lowercased() == name }) else {
                errors.append(.unknownColumn(raw, column: index + 1, known: known))
                continue
            }
            if columns[canonical] != nil {
                errors.append(.duplicateColumn(raw, column: index + 1))
            }
            columns[canonical] = index
        }
        for required in ["id", "label"] + rules.map(\.name) where columns[required] == nil {
            errors.append(.missingColumn(required))
        }
        guard errors.isEmpty else { throw ParticipantImportErrors(errors: errors) }

        var rows: [Row] = []
        var existingRows: [Row] = []
        var firstRowOfID: [String: Int] = [:]
        for row in table {
            func value(_ column: String) -> (String, CSVPosition)? {
                guard let index = columns[column], row.fields.indices.contains(index) else { return nil }
                return (row.fields[index].trimmed, row.position(ofField: index))
            }
            var rowErrors: [ParticipantImportError] = []
            func required(_ column: String) -> String {
                guard let (text, position) = value(column) else { return "" }
                if text.isEmpty { rowErrors.append(.emptyValue(position, column: column)) }
                return text
            }
            let id = required("id")
            if let (_, position) = value("id"), !id.isEmpty {
                if !Identifier.isValid(id) {
                    rowErrors.append(.invalidID(position, value: id))
                } else if let first = firstRowOfID[id] {
                    rowErrors.append(.duplicateID(position, id: id, firstRow: first))
                } else if existingIDs.contains(id) {
                    if !mode.acceptsExisting { rowErrors.append(.alreadyRegistered(position, id: id)) }
                } else if !mode.acceptsNew {
                    rowErrors.append(.notRegistered(position, id: id))
                }
                firstRowOfID[id] = firstRowOfID[id] ?? row.row
            }
            let label = required("label")
            var email: String?
            if let (text, position) = value("email"), !text.isEmpty {
                if isPlausibleEmail(text) {
                    email = text
                } else {
                    rowErrors.append(.invalidEmail(position, value: text))
                }
            }
            var fields: [String: String] = [:]
            for rule in rules {
                let text = required(rule.name)
                guard let (_, position) = value(rule.name), !text.isEmpty else { continue }
                if let stored = rule.value(for: text) {
                    fields[rule.name] = stored
                } else {
                    rowErrors.append(
                        .invalidFieldValue(position, field: rule.name, value: text, allowed: rule.allowedValues))
                }
            }
            errors += rowErrors
            guard rowErrors.isEmpty else { continue }
            let checked = Row(id: id, label: label, email: email, fields: fields)
            if existingIDs.contains(id) { existingRows.append(checked) } else { rows.append(checked) }
        }
        guard errors.isEmpty else { throw ParticipantImportErrors(errors: errors) }
        return Checked(new: rows, existing: existingRows)
    }

    /// One `@`, something before it, a dot in the domain, no spaces: enough to
    /// catch a shifted column or a typo, without rejecting real addresses.
    static func isPlausibleEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let domain = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return domain.count >= 2 && domain.allSatisfy { !$0.isEmpty }
    }
}

extension String {
    /// Without leading and trailing whitespace.
    var trimmed: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
