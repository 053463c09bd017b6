import StrictJSON

/// The members of one JSON object of a definition, with a phrase naming the object for messages.
struct ObjectFields {
    /// The object itself.
    let value: JSONValue
    /// Names the object in messages, e.g. `question "schulart"`.
    let place: DiagnosticMessage
    let members: [JSONMember]
    /// Keys that an unknown key was taken for a misspelling of; their absence is not reported again.
    var misspelled: Set<String> = []

    /// The member named `key`, if present.
    func member(_ key: String) -> JSONMember? {
        members.first { $0.key == key }
    }

    /// The value of the member named `key`, if present.
    subscript(key: String) -> JSONValue? {
        member(key)?.value
    }
}

extension DefinitionReader {
    /// A condition of a page or question: `visibleIf of question "x"`, „Bedingung "visibleIf" von Frage "x"“.
    static func condition(_ key: String, of owner: DiagnosticMessage) -> DiagnosticMessage {
        DiagnosticMessage(.placeCondition, parts: [.literal(key), .phrase(owner)])
    }

    /// The place of a key inside another place: `"scale" of question "note"`.
    static func place(_ key: String, of owner: DiagnosticMessage) -> DiagnosticMessage {
        DiagnosticMessage(.placeKey, parts: [.literal(key), .phrase(owner)])
    }

}
