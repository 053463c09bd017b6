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
        guard value.kind == .object else { throw .notAnObject }
        func string(_ key: String) throws(RecordDecodingError) -> String {
            guard let text = value[key]?.string else { throw .missingField(key) }
            return text
        }
        func optionalString(_ key: String) throws(RecordDecodingError) -> String? {
            guard let member = value[key] else { return nil }
            guard let text = member.string else { throw .wrongType(key) }
            return text
        }
        func positive(_ key: String) throws(RecordDecodingError) -> Int {
            guard let member = value[key] else { throw .missingField(key) }
            guard let number = member.int, number >= 1 else { throw .wrongType(key) }
            return number
        }
        guard let kind = Kind(rawValue: try string("kind")) else { throw .unknownKind(try string("kind")) }
        guard let time = Timestamp(iso: try string("time")) else { throw .wrongType("time") }
        self.init(
            kind: kind, sequence: try positive("seq"), responseID: try string("response"),
            revision: try positive("revision"), time: time, definitionVersion: try string("definition"),
            participantID: try optionalString("participant"), idempotencyKey: try optionalString("key"),
            page: try optionalString("page"), reason: try optionalString("reason"))
        switch kind {
        case .draft, .submit:
            guard let answers = value["answers"] else { throw .missingField("answers") }
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
