import StrictJSON

extension ResponseRecord {
    /// Appends the record as one JSON line (with its `\n`) to `bytes`.
    ///
    /// Keys come in a fixed order so that logs diff and grep well.
    public func writeLine(to bytes: inout [UInt8]) {
        var fields: [JSONField] = [
            JSONField(key: "kind", value: .string(kind.rawValue)),
            JSONField(key: "seq", value: .number(Double(sequence))),
            JSONField(key: "response", value: .string(responseID)),
            JSONField(key: "revision", value: .number(Double(revision))),
            JSONField(key: "time", value: .string(time.description)),
            JSONField(key: "definition", value: .string(definitionVersion)),
        ]
        if let participantID { fields.append(JSONField(key: "participant", value: .string(participantID))) }
        if let idempotencyKey { fields.append(JSONField(key: "key", value: .string(idempotencyKey))) }
        if let page { fields.append(JSONField(key: "page", value: .string(page))) }
        if let reason { fields.append(JSONField(key: "reason", value: .string(reason))) }
        if let answers { fields.append(JSONField(key: "answers", value: answers)) }
        JSON.object(fields).write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }

    /// Decodes a parsed log line.
    ///
    /// Unknown keys are ignored so that newer logs stay readable by this version.
    /// - Parameter keepAnswers: false skips copying the answers into an owned
    ///   tree, for scans that only need the bookkeeping fields.
    /// - Throws: ``RecordDecodingError`` naming the first missing or wrong field.
    public init(decoding value: JSONValue, keepAnswers: Bool = true) throws(RecordDecodingError) {
        // One pass over the members: looking each key up separately rescans
        // the object every time, which showed in the read benchmark.
        guard let members = value.members else { throw .notAnObject }
        var kindText: String?
        var sequence: Int?
        var responseID: String?
        var revision: Int?
        var timeText: String?
        var definition: String?
        var participant: String?
        var key: String?
        var page: String?
        var reason: String?
        var answers: JSONValue?
        func text(_ member: JSONMember) throws(RecordDecodingError) -> String {
            guard let text = member.value.string else { throw .wrongType(member.key) }
            return text
        }
        func positive(_ member: JSONMember) throws(RecordDecodingError) -> Int {
            guard let number = member.value.int, number >= 1 else { throw .wrongType(member.key) }
            return number
        }
        for member in members {
            switch member.key {
            case "kind": kindText = try text(member)
            case "seq": sequence = try positive(member)
            case "response": responseID = try text(member)
            case "revision": revision = try positive(member)
            case "time": timeText = try text(member)
            case "definition": definition = try text(member)
            case "participant": participant = try text(member)
            case "key": key = try text(member)
            case "page": page = try text(member)
            case "reason": reason = try text(member)
            case "answers": answers = member.value
            default: break
            }
        }
        guard let kindText else { throw .missingField("kind") }
        guard let kind = Kind(rawValue: kindText) else { throw .unknownKind(kindText) }
        guard let sequence else { throw .missingField("seq") }
        guard let responseID else { throw .missingField("response") }
        guard let revision else { throw .missingField("revision") }
        guard let timeText else { throw .missingField("time") }
        guard let time = Timestamp(iso: timeText) else { throw .wrongType("time") }
        guard let definition else { throw .missingField("definition") }
        self.init(
            kind: kind, sequence: sequence, responseID: responseID, revision: revision, time: time,
            definitionVersion: definition, participantID: participant, idempotencyKey: key, page: page,
            reason: reason)
        switch kind {
        case .draft, .submit:
            guard let answers else { throw .missingField("answers") }
            guard answers.kind == .object else { throw .wrongType("answers") }
            if keepAnswers { self.answers = JSON(answers) }
        case .void:
            guard reason != nil else { throw .missingField("reason") }
        }
    }
}

/// Why a syntactically valid JSON line is not a record.
public enum RecordDecodingError: Error, Sendable, Hashable, CustomStringConvertible {
    case notAnObject
    case missingField(String)
    case wrongType(String)
    case unknownKind(String)

    public var description: String {
        switch self {
        case .notAnObject: "the line is not a JSON object"
        case .missingField(let key): "the field \"\(key)\" is missing"
        case .wrongType(let key): "the field \"\(key)\" has the wrong type or form"
        case .unknownKind(let kind): "unknown kind \"\(kind)\""
        }
    }
}
