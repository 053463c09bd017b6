import CryptoPrimitives
import StrictJSON

/// One person's office account, as `.accounts.json` stores it.
public struct Account: Sendable, Equatable {
    /// Whether the account can be used.
    public enum State: String, Sendable, Equatable, CaseIterable {
        /// Added, waiting for its owner to set a password through the invitation link.
        case invited
        /// Can sign in.
        case active
        /// Kept for the record, but cannot sign in; its sessions have ended.
        case disabled
    }

    /// A pending invitation: only the hash of its token is kept, so the file never opens an account.
    public struct Invitation: Sendable, Equatable {
        /// SHA-256 of the token, hex.
        let tokenHash: String
        /// When the link stops working.
        public let expires: Timestamp
    }

    /// A random id that never changes, so the audit log still names the person after an address change.
    public let id: String
    /// The normalised e-mail address the person signs in with.
    public var email: String
    public var name: String
    public var role: OfficeRole
    public var state: State
    /// The stored password hash, or nil before the invitation is accepted and after a reset.
    public var passwordHash: PasswordHash?
    public var invitation: Invitation?
    public let created: Timestamp
    public var changed: Timestamp
    /// When the person last signed in, for the office's list of people; nil before the first time.
    public var lastSignIn: Timestamp? = nil

    /// What sessions are bound to: they end when the password changes or is cleared.
    public var passwordStamp: String? { passwordHash.map { Hex.encode($0.salt) } }
}

extension Account {
    var json: JSON {
        .object([
            JSONField(key: "id", value: .string(id)),
            JSONField(key: "email", value: .string(email)),
            JSONField(key: "name", value: .string(name)),
            JSONField(key: "role", value: .string(role.rawValue)),
            JSONField(key: "state", value: .string(state.rawValue)),
            JSONField(key: "password", value: passwordHash.map { .string($0.stored) } ?? .null),
            JSONField(
                key: "invitation",
                value: invitation.map {
                    .object([
                        JSONField(key: "tokenHash", value: .string($0.tokenHash)),
                        JSONField(key: "expires", value: .string($0.expires.description)),
                    ])
                } ?? .null),
            JSONField(key: "created", value: .string(created.description)),
            JSONField(key: "changed", value: .string(changed.description)),
            JSONField(key: "lastSignIn", value: lastSignIn.map { .string($0.description) } ?? .null),
        ])
    }

    /// Reads one stored account; nil when anything is missing or malformed.
    init?(_ value: JSONValue) {
        guard let id = value["id"]?.string, let email = value["email"]?.string, let name = value["name"]?.string,
            let role = value["role"]?.string.flatMap(OfficeRole.init(rawValue:)),
            let state = value["state"]?.string.flatMap(State.init(rawValue:)),
            let created = value["created"]?.string.flatMap(Timestamp.init(iso:)),
            let changed = value["changed"]?.string.flatMap(Timestamp.init(iso:))
        else { return nil }
        var hash: PasswordHash?
        if let stored = value["password"]?.string {
            guard let parsed = PasswordHash(stored: stored) else { return nil }
            hash = parsed
        }
        var invitation: Invitation?
        if let ticket = value["invitation"], !ticket.isNull {
            guard let tokenHash = ticket["tokenHash"]?.string,
                let expires = ticket["expires"]?.string.flatMap(Timestamp.init(iso:))
            else { return nil }
            invitation = Invitation(tokenHash: tokenHash, expires: expires)
        }
        self.init(
            id: id, email: email, name: name, role: role, state: state, passwordHash: hash, invitation: invitation,
            created: created, changed: changed,
            lastSignIn: value["lastSignIn"]?.string.flatMap(Timestamp.init(iso:)))
    }
}
