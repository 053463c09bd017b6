import StrictJSON

/// One line of the audit log: who did what to which object, when and from where.
///
/// It holds identifiers only, never answers, passwords or tokens: the
/// `object` is a survey id, a response id, a participant id or an account's address.
public struct AuditEntry: Sendable, Equatable {
    public let time: Timestamp
    /// The account's id, or nil for a failed sign-in under an unknown address or a command-line action.
    public let accountID: String?
    /// The address the person signed in with, or the one tried; "cli" for the command line.
    public let actor: String
    /// The client address (IPv4, IPv6), or "local" for the command line.
    public let address: String
    public let action: AuditAction
    public let object: String?

    public init(
        time: Timestamp, accountID: String?, actor: String, address: String, action: AuditAction, object: String?
    ) {
        self.time = time
        self.accountID = accountID
        self.actor = actor
        self.address = address
        self.action = action
        self.object = object
    }

    /// The JSON line, without its line break.
    public var line: String {
        JSON.object([
            JSONField(key: "time", value: .string(time.description)),
            JSONField(key: "user", value: accountID.map(JSON.string) ?? .null),
            JSONField(key: "actor", value: .string(actor)),
            JSONField(key: "address", value: .string(address)),
            JSONField(key: "action", value: .string(action.rawValue)),
            JSONField(key: "object", value: object.map(JSON.string) ?? .null),
        ]).serialized()
    }

    /// Reads one line; nil for anything else (a torn last line after a crash).
    public init?(line: some Collection<UInt8>) {
        guard let document = try? JSONDocument(parsing: Array(line)),
            let time = document.root["time"]?.string.flatMap(Timestamp.init(iso:)),
            let actor = document.root["actor"]?.string, let address = document.root["address"]?.string,
            let action = document.root["action"]?.string.flatMap(AuditAction.init(rawValue:))
        else { return nil }
        self.init(
            time: time, accountID: document.root["user"]?.string, actor: actor, address: address, action: action,
            object: document.root["object"]?.string)
    }
}
