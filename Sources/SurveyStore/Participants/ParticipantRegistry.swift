import CryptoPrimitives
import Glibc
import StrictJSON
import SurveyModel
import Synchronization

/// A survey's participants: `responses/<survey-id>/participants.jsonl`.
///
/// The file is append-only like the response log, with five record kinds:
/// `participant` (registered by an import, with the first token's hash),
/// `details` (label, e-mail and fields changed by a later import),
/// `token` (a reissued token's hash replaces the previous one), `opened`
/// (first use of a token), `end-sessions` (the office ended the
/// participant's sessions) and `language` (the survey language chosen
/// last). Each `token` and `end-sessions` record raises the
/// participant's ``Participant/sessionGeneration``. Writers take a short exclusive `flock` on
/// `participants.lock` around each write, so the command line can import or
/// reissue while the server runs; readers pick up new lines whenever the file
/// has grown.
public final class ParticipantRegistry: Sendable {
    /// Name of the participants file inside the survey's directory (``SurveyFolder/participantsFileName``).
    public static let fileName = SurveyFolder.participantsFileName
    /// Name of the lock file taken around writes (``SurveyFolder/participantsLockFileName``).
    public static let lockFileName = SurveyFolder.participantsLockFileName

    /// A participant with a freshly issued token, to be printed once.
    public struct Invitation: Sendable, Hashable {
        public let participant: Participant
        public let token: AccessToken

        /// Pairs a participant with the token that opens its survey.
        public init(participant: Participant, token: AccessToken) {
            self.participant = participant
            self.token = token
        }
    }

    /// Path of the participants file.
    public let path: String
    private let directory: String
    private let clock: @Sendable () -> Timestamp
    private let state = Mutex(State())

    private struct State {
        var participants: [String: Participant] = [:]
        var order: [String] = []
        var idByTokenHash: [String: String] = [:]
        /// Offset just after the last complete line applied.
        var readOffset = 0
        var linesRead = 0
    }

    /// Opens the participants of the survey in `directory` (created if needed).
    ///
    /// - Throws: ``StoreError/damagedLine(file:line:reason:)`` or ``StoreError/file(_:)``.
    public init(directory: String, clock: @escaping @Sendable () -> Timestamp = { Timestamp.now() }) throws(StoreError)
    {
        self.directory = directory
        self.clock = clock
        path = SurveyFolder(directory).participants
        do {
            try PrivateFiles.createFolder(directory)
        } catch {
            throw .file(error)
        }
        _ = try refresh()
    }

    // MARK: Reading

    /// All participants in import order.
    public func all() throws(StoreError) -> [Participant] {
        _ = try refresh()
        return state.withLock { state in state.order.compactMap { state.participants[$0] } }
    }

    /// The participant with `id`.
    public func participant(id: String) throws(StoreError) -> Participant? {
        _ = try refresh()
        return state.withLock { $0.participants[id] }
    }

    /// The participant whose current token is `token`, or nil for an unknown or replaced token.
    public func participant(forToken token: AccessToken) throws(StoreError) -> Participant? {
        _ = try refresh()
        return state.withLock { state in state.idByTokenHash[token.hashHex].flatMap { state.participants[$0] } }
    }

    /// Applies the complete lines added since the last read; returns the length of an unterminated tail.
    private func refresh() throws(StoreError) -> Int {
        let offset = state.withLock { $0.readOffset }
        let new: NewLines
        do {
            new = try NewLines(of: path, from: offset)
        } catch {
            throw .file(error)
        }
        try state.withLock { (state) throws(StoreError) in
            // Another thread may have applied the same lines meanwhile.
            guard state.readOffset == offset else { return }
            try new.forEachRecord(of: path, firstLine: state.linesRead + 1) { record in
                try Self.apply(record, to: &state)
            }
            state.linesRead += new.lines.count
            state.readOffset = new.end
        }
        return new.tornLength
    }

    private static func apply(_ value: JSONValue, to state: inout State) throws(RecordDecodingError) {
        func string(_ key: String) throws(RecordDecodingError) -> String {
            guard let text = value[key]?.string else { throw .missingField(key) }
            return text
        }
        func fields() throws(RecordDecodingError) -> [String: String] {
            var fields: [String: String] = [:]
            for member in value["fields"]?.members ?? [] {
                guard let text = member.value.string else { throw .wrongType("fields") }
                fields[member.key] = text
            }
            return fields
        }
        let id = try string("id")
        guard let time = Timestamp(iso: try string("time")) else { throw .wrongType("time") }
        switch try string("kind") {
        case "participant":
            let fields = try fields()
            let token = try string("token")
            if state.participants[id] == nil { state.order.append(id) }
            state.participants[id] = Participant(
                id: id, label: try string("label"), email: value["email"]?.string, fields: fields, tokenHash: token,
                invited: time, tokenIssued: time, firstOpened: nil)
            state.idByTokenHash[token] = id
        case "details":
            guard var participant = state.participants[id] else { throw .missingField("participant \(id)") }
            participant.label = try string("label")
            participant.email = value["email"]?.string
            participant.fields = try fields()
            state.participants[id] = participant
        case "token":
            guard var participant = state.participants[id] else { throw .missingField("participant \(id)") }
            let token = try string("token")
            state.idByTokenHash[participant.tokenHash] = nil
            participant.tokenHash = token
            participant.tokenIssued = time
            participant.sessionGeneration += 1
            participant.tokenSeed = try value["seed"].map { (seed) throws(RecordDecodingError) in
                guard let hex = seed.string, let bytes = Hex.decode(hex) else { throw .wrongType("seed") }
                return bytes
            }
            state.participants[id] = participant
            state.idByTokenHash[token] = id
        case "end-sessions":
            guard state.participants[id] != nil else { throw .missingField("participant \(id)") }
            state.participants[id]?.sessionGeneration += 1
        case "opened":
            guard state.participants[id]?.firstOpened == nil else { return }
            state.participants[id]?.firstOpened = time
        case "language":
            guard state.participants[id] != nil else { throw .missingField("participant \(id)") }
            state.participants[id]?.language = try string("language")
        case let other:
            throw .unknownKind(other)
        }
    }

    // MARK: Writing

    /// Registers the rows of a checked import, each with a new token, in one durable write.
    ///
    /// - Returns: The invitations with the plain tokens; they cannot be shown again.
    /// - Throws: ``StoreError/duplicateParticipant(_:)`` if an id was registered
    ///   meanwhile (nothing is written then), or a file error.
    public func register(_ rows: [ParticipantImport.Row]) throws(StoreError) -> [Invitation] {
        try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            let now = clock()
            var bytes: [UInt8] = []
            var invitations: [Invitation] = []
            for row in rows {
                if try participant(id: row.id) != nil { throw .duplicateParticipant(row.id) }
                let token = AccessToken.generate()
                Self.record("participant", of: row, time: now, token: token.hashHex).write(to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
                let participant = Participant(
                    id: row.id, label: row.label, email: row.email, fields: row.fields, tokenHash: token.hashHex,
                    invited: now, tokenIssued: now, firstOpened: nil)
                invitations.append(Invitation(participant: participant, token: token))
            }
            return (bytes, invitations)
        }
    }

    /// Changes label, e-mail and fields of registered participants in one durable write; tokens stay as they are.
    ///
    /// - Returns: the participants as they are now, in the order of `rows`.
    /// - Throws: ``StoreError/unknownParticipant(_:)`` if an id is not registered
    ///   (nothing is written then), or a file error.
    @discardableResult
    public func update(_ rows: [ParticipantImport.Row]) throws(StoreError) -> [Participant] {
        _ = try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            let now = clock()
            var bytes: [UInt8] = []
            for row in rows {
                guard try participant(id: row.id) != nil else { throw .unknownParticipant(row.id) }
                Self.record("details", of: row, time: now, token: nil).write(to: &bytes)
                bytes.append(UInt8(ascii: "\n"))
            }
            return (bytes, [])
        }
        var updated: [Participant] = []
        for row in rows {
            if let participant = try participant(id: row.id) { updated.append(participant) }
        }
        return updated
    }

    /// A `participant` or `details` record: the row's id, label, e-mail and fields, and the token's hash if new.
    private static func record(_ kind: String, of row: ParticipantImport.Row, time: Timestamp, token: String?) -> JSON {
        var fields: [JSONField] = [
            JSONField(key: "kind", value: .string(kind)), JSONField(key: "id", value: .string(row.id)),
            JSONField(key: "label", value: .string(row.label)),
        ]
        if let email = row.email { fields.append(JSONField(key: "email", value: .string(email))) }
        fields.append(
            JSONField(
                key: "fields",
                value: .object(
                    row.fields.sorted { $0.key < $1.key }.map { JSONField(key: $0.key, value: .string($0.value)) })
            ))
        if let token { fields.append(JSONField(key: "token", value: .string(token))) }
        fields.append(JSONField(key: "time", value: .string(time.description)))
        return .object(fields)
    }

    /// Issues a new token for `id`; the previous token stops working.
    public func reissue(id: String) throws(StoreError) -> Invitation {
        try issue(id: id) { _ in (AccessToken.generate(), nil) }
    }

    /// Writes a `token` record for `id` with the token `make` returns (and its seed, if derived).
    func issue(
        id: String, _ make: (Participant) -> (token: AccessToken, seed: [UInt8]?)
    ) throws(StoreError) -> Invitation {
        let invitations = try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            guard var participant = try participant(id: id) else { throw .unknownParticipant(id) }
            let (token, seed) = make(participant)
            let now = clock()
            var fields: [JSONField] = [
                JSONField(key: "kind", value: "token"), JSONField(key: "id", value: .string(id)),
                JSONField(key: "token", value: .string(token.hashHex)),
            ]
            if let seed { fields.append(JSONField(key: "seed", value: .string(Hex.encode(seed)))) }
            fields.append(JSONField(key: "time", value: .string(now.description)))
            var bytes: [UInt8] = []
            JSON.object(fields).write(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            participant.tokenHash = token.hashHex
            participant.tokenIssued = now
            participant.tokenSeed = seed
            participant.sessionGeneration += 1
            return (bytes, [Invitation(participant: participant, token: token)])
        }
        guard let invitation = invitations.first else {
            preconditionFailure("a token record makes exactly one invitation")
        }
        return invitation
    }

    /// Ends every session of participant `id`: grants issued before are refused, the token keeps working.
    ///
    /// - Returns: the participant's new session generation.
    /// - Throws: ``StoreError/unknownParticipant(_:)`` or a file error.
    @discardableResult
    public func endSessions(id: String) throws(StoreError) -> Int {
        _ = try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            guard try participant(id: id) != nil else { throw .unknownParticipant(id) }
            var bytes: [UInt8] = []
            JSON.object([
                JSONField(key: "kind", value: "end-sessions"), JSONField(key: "id", value: .string(id)),
                JSONField(key: "time", value: .string(clock().description)),
            ]).write(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            return (bytes, [])
        }
        guard let participant = try participant(id: id) else { throw .unknownParticipant(id) }
        return participant.sessionGeneration
    }

    /// Notes the first time a participant opened the survey; later calls write nothing.
    public func recordOpened(id: String) throws(StoreError) {
        guard try participant(id: id)?.firstOpened == nil else { return }
        _ = try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            guard let participant = try participant(id: id) else { throw .unknownParticipant(id) }
            guard participant.firstOpened == nil else { return ([], []) }
            var bytes: [UInt8] = []
            JSON.object([
                JSONField(key: "kind", value: "opened"), JSONField(key: "id", value: .string(id)),
                JSONField(key: "time", value: .string(clock().description)),
            ]).write(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            return (bytes, [])
        }
    }

    /// Notes the survey language a participant chose; writes only when it differs from the one noted last.
    public func recordLanguage(id: String, language: String) throws(StoreError) {
        guard try participant(id: id)?.language != language else { return }
        _ = try withWriteLock { () throws(StoreError) -> ([UInt8], [Invitation]) in
            guard let participant = try participant(id: id) else { throw .unknownParticipant(id) }
            guard participant.language != language else { return ([], []) }
            var bytes: [UInt8] = []
            JSON.object([
                JSONField(key: "kind", value: "language"), JSONField(key: "id", value: .string(id)),
                JSONField(key: "language", value: .string(language)),
                JSONField(key: "time", value: .string(clock().description)),
            ]).write(to: &bytes)
            bytes.append(UInt8(ascii: "\n"))
            return (bytes, [])
        }
    }

    /// Runs `build` under the exclusive write lock on a fresh view of the file,
    /// sets a torn tail aside, then appends and fsyncs what it returns.
    private func withWriteLock(
        _ build: () throws(StoreError) -> ([UInt8], [Invitation])
    ) throws(StoreError) -> [Invitation] {
        try LockedAppend.withExclusiveLock(on: SurveyFolder(directory).participantsLock) {
            () throws(StoreError) -> [Invitation] in
            let tornBytes = try refresh()
            let (bytes, invitations) = try build()
            guard !bytes.isEmpty else { return invitations }
            let complete = state.withLock { $0.readOffset }
            do throws(FileError) {
                try LockedAppend.append(
                    bytes, to: path, in: directory, complete: complete, torn: tornBytes,
                    time: clock())
            } catch {
                throw .file(error)
            }
            _ = try refresh()
            return invitations
        }
    }
}
