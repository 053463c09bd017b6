import CryptoPrimitives
import StrictJSON
import Synchronization

/// The office's server-side sessions, kept in `<responses>/.office-sessions.json` so a restart ends none.
///
/// Only the SHA-256 of a session id is stored: the file opens nothing by
/// itself. A session belongs to one account and to the password it was opened
/// with (``Account/passwordStamp``); the caller compares both at each request,
/// so a new password, a reset, disabling or removing the account ends it.
/// The file is replaced in one step on every sign-in and sign-out, and when a
/// request moves a session's idle expiry by more than a minute.
public final class OfficeSessionStore: Sendable {
    /// The sessions file's name inside the responses folder.
    public static let fileName = ".office-sessions.json"

    /// One open session.
    public struct Session: Sendable, Equatable {
        public let accountID: String
        /// The ``Account/passwordStamp`` it was opened under.
        public let passwordStamp: String
        public var idleExpiry: Timestamp
        public let absoluteExpiry: Timestamp
    }

    /// How long sessions last, in seconds.
    public struct Lifetime: Sendable, Equatable {
        public var idle: Int64
        public var absolute: Int64

        public init(idle: Int64, absolute: Int64) {
            self.idle = idle
            self.absolute = absolute
        }
    }

    private let path: String
    private let lifetime: Lifetime
    private let sessions: Mutex<[String: Session]>

    /// Opens the sessions of `folder`; an unreadable file starts with none (everyone signs in again).
    public init(folder: String, lifetime: Lifetime) {
        path = folder + "/" + Self.fileName
        self.lifetime = lifetime
        sessions = Mutex(Self.load(path))
    }

    /// Opens a session for `account` and returns its id, which only the browser keeps.
    public func open(for account: Account, now: Timestamp) -> String? {
        guard let stamp = account.passwordStamp else { return nil }
        let id = Hex.encode(SecureRandom.bytes(count: 32))
        let session = Session(
            accountID: account.id, passwordStamp: stamp, idleExpiry: now.adding(seconds: lifetime.idle),
            absoluteExpiry: now.adding(seconds: lifetime.absolute))
        sessions.withLock { sessions in
            sessions = sessions.filter { $0.value.isOpen(at: now) }
            sessions[Self.hash(id)] = session
            save(sessions)
        }
        return id
    }

    /// The open session `id`, extended up to its absolute limit; nil (and forgotten) when it has expired
    /// or `isValid` (the account's state and password) refuses it.
    public func use(_ id: String, now: Timestamp, isValid: (Session) -> Bool) -> Session? {
        let key = Self.hash(id)
        guard let session = sessions.withLock({ $0[key] }) else { return nil }
        let valid = session.isOpen(at: now) && isValid(session)
        return sessions.withLock { sessions in
            guard valid, var open = sessions[key] else {
                if sessions.removeValue(forKey: key) != nil { save(sessions) }
                return nil
            }
            let extended = min(now.adding(seconds: lifetime.idle), open.absoluteExpiry)
            let moved = extended.millisecondsSince1970 - open.idleExpiry.millisecondsSince1970
            open.idleExpiry = extended
            sessions[key] = open
            if moved > 60_000 { save(sessions) }
            return open
        }
    }

    /// Ends session `id`.
    public func close(_ id: String) {
        sessions.withLock { sessions in
            if sessions.removeValue(forKey: Self.hash(id)) != nil { save(sessions) }
        }
    }

    /// Ends every session of an account (disabled, reset, removed, or its password changed).
    public func closeAll(accountID: String) {
        sessions.withLock { sessions in
            let before = sessions.count
            sessions = sessions.filter { $0.value.accountID != accountID }
            if sessions.count != before { save(sessions) }
        }
    }

    /// How many sessions are open, for tests and the operator.
    public var count: Int { sessions.withLock { $0.count } }

    private static func hash(_ id: String) -> String { Hex.encode(SHA256.hash(id)) }

    /// Writes the table; a failure keeps the sessions in memory (they then end with the process).
    private func save(_ sessions: [String: Session]) {
        let entries = sessions.sorted { $0.key < $1.key }.map { key, session in
            JSON.object([
                JSONField(key: "idHash", value: .string(key)),
                JSONField(key: "account", value: .string(session.accountID)),
                JSONField(key: "passwordStamp", value: .string(session.passwordStamp)),
                JSONField(key: "idleExpiry", value: .string(session.idleExpiry.description)),
                JSONField(key: "absoluteExpiry", value: .string(session.absoluteExpiry.description)),
            ])
        }
        var bytes: [UInt8] = []
        JSON.object([JSONField(key: "version", value: 1), JSONField(key: "sessions", value: .array(entries))])
            .write(to: &bytes)
        try? PrivateFiles.write(bytes, to: path)
    }

    private static func load(_ path: String) -> [String: Session] {
        guard let bytes = try? POSIXFile.openForReading(path).readToEnd(from: 0),
            let document = try? JSONDocument(parsing: bytes), let entries = document.root["sessions"]?.elements
        else { return [:] }
        var sessions: [String: Session] = [:]
        for entry in entries {
            guard let key = entry["idHash"]?.string, let account = entry["account"]?.string,
                let stamp = entry["passwordStamp"]?.string,
                let idle = entry["idleExpiry"]?.string.flatMap(Timestamp.init(iso:)),
                let absolute = entry["absoluteExpiry"]?.string.flatMap(Timestamp.init(iso:))
            else { continue }
            sessions[key] = Session(
                accountID: account, passwordStamp: stamp, idleExpiry: idle, absoluteExpiry: absolute)
        }
        return sessions
    }
}

extension OfficeSessionStore.Session {
    func isOpen(at now: Timestamp) -> Bool { now < idleExpiry && now < absoluteExpiry }
}
