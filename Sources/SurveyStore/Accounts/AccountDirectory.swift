import CryptoPrimitives
import Glibc
import StrictJSON
import Suggestions
import Synchronization

/// The office's accounts in `<responses>/.accounts.json`, shared by the server and the command line.
///
/// Every change takes an exclusive lock on `.accounts.lock`, reads the file,
/// and replaces it in one step (``PrivateFiles/write(_:to:)``), so `survey
/// users disable` works while the server runs and the server sees it at the
/// next request: reads compare the file's identity (inode, size, change time)
/// and parse it again only when it changed.
public final class AccountDirectory: Sendable {
    /// The accounts file's name inside the responses folder.
    public static let fileName = ".accounts.json"
    /// The shared office password of earlier versions, migrated into one admin account.
    public static let legacyPasswordFileName = ".admin-password"
    /// How long an invitation link works.
    public static let invitationLifetimeSeconds: Int64 = 7 * 24 * 3600

    public let path: String
    let lockPath: String
    let legacyPath: String
    /// Rounds for new password hashes; tests lower it for speed.
    let iterations: Int
    private let cache = Mutex<(identity: FileIdentity, accounts: [Account])?>(nil)

    /// Opens the accounts of `folder`; nothing is written until something changes.
    public init(folder: String, iterations: Int = PasswordHash.defaultIterations) {
        path = folder + "/" + Self.fileName
        lockPath = folder + "/.accounts.lock"
        legacyPath = folder + "/" + Self.legacyPasswordFileName
        self.iterations = iterations
    }

    // MARK: Reading

    /// Every account, in the order they were added.
    public func all() throws(AccountError) -> [Account] {
        let identity = FileIdentity(path: path)
        if let cached = cache.withLock({ $0 }), cached.identity == identity { return cached.accounts }
        let accounts = try read()
        cache.withLock { $0 = (identity, accounts) }
        return accounts
    }

    /// The account with `id`, or nil.
    public func account(id: String) -> Account? { (try? all())?.first { $0.id == id } }

    /// The account with the address `email` (normalised), or nil.
    public func account(email: String) -> Account? {
        guard let email = EmailAddress.normalised(email) else { return nil }
        return (try? all())?.first { $0.email == email }
    }

    /// The account an invitation token belongs to, if the link is still good at `now`.
    public func account(invitation token: String, now: Timestamp) -> Account? {
        let hash = Self.hash(token)
        return (try? all())?.first { account in
            guard let invitation = account.invitation, account.state != .disabled, now < invitation.expires
            else { return false }
            return ConstantTime.equals(Array(invitation.tokenHash.utf8), Array(hash.utf8))
        }
    }

    /// The account whose password `password` is, signing in as `email`; a hash with too few rounds is
    /// replaced. Only active accounts sign in. The hash is computed even for an unknown address, so the
    /// answer's timing does not tell which addresses have accounts.
    public func verify(email: String, password: String, now: Timestamp) -> Account? {
        let account = self.account(email: email)
        guard let account, account.state == .active, let hash = account.passwordHash else {
            _ = Self.timingDecoy.matches(password)
            return nil
        }
        guard hash.matches(password) else { return nil }
        guard hash.isWeaker(than: iterations) else { return account }
        let stronger = PasswordHash(password: password, iterations: iterations)
        return
            (try? change(account.email, now: now) { account in
                // Only if the password did not change meanwhile.
                if account.passwordHash == hash { account.passwordHash = stronger }
            }) ?? account
    }

    private static let timingDecoy = PasswordHash(password: "no account has this password", iterations: 1000)

    // MARK: Changes

    /// Adds an invited account and returns it with its invitation token (shown once, never stored).
    public func add(email: String, name: String, role: OfficeRole, now: Timestamp) throws(AccountError)
        -> (account: Account, token: String)
    {
        guard let address = EmailAddress.normalised(email) else { throw .invalidEmail(email) }
        let token = Self.newToken()
        let account = try update { accounts throws(AccountError) in
            guard !accounts.contains(where: { $0.email == address }) else { throw .duplicateEmail(address) }
            let account = Account(
                id: "u-" + Hex.encode(SecureRandom.bytes(count: 8)), email: address, name: name, role: role,
                state: .invited, passwordHash: nil, invitation: Self.invitation(token, now: now), created: now,
                changed: now)
            accounts.append(account)
            return account
        }
        return (account, token)
    }

    /// Disables or enables an account; a disabled account's sessions end at their next request.
    @discardableResult
    public func setDisabled(_ disabled: Bool, email: String, now: Timestamp) throws(AccountError) -> Account {
        try change(email, now: now, keepingAnAdmin: true) { account in
            account.state = disabled ? .disabled : (account.passwordHash == nil ? .invited : .active)
        }
    }

    /// Removes an account; the audit log keeps its id.
    @discardableResult
    public func remove(email: String) throws(AccountError) -> Account {
        let address = try known(email)
        return try update { accounts throws(AccountError) in
            guard let index = accounts.firstIndex(where: { $0.email == address }) else {
                throw .unknownUser(address, suggestion: nil)
            }
            try Self.keepAnAdmin(accounts, without: accounts[index])
            return accounts.remove(at: index)
        }
    }

    /// Clears the password and issues a new invitation link; the account's sessions end with the password.
    public func reset(email: String, now: Timestamp) throws(AccountError) -> (account: Account, token: String) {
        let token = Self.newToken()
        let account = try change(email, now: now) { account in
            account.passwordHash = nil
            account.invitation = Self.invitation(token, now: now)
            if account.state == .active { account.state = .invited }
        }
        return (account, token)
    }

    /// Sets the password through an invitation link, which is then spent, and activates the account.
    public func acceptInvitation(token: String, password: String, now: Timestamp) throws(AccountError) -> Account {
        if let problem = PasswordPolicy.problem(with: password) { throw .passwordRefused(problem) }
        guard let invited = account(invitation: token, now: now) else { throw .invitationInvalid }
        let hash = PasswordHash(password: password, iterations: iterations)
        let tokenHash = Self.hash(token)
        return try update { accounts throws(AccountError) in
            guard let index = accounts.firstIndex(where: { $0.id == invited.id }),
                accounts[index].invitation?.tokenHash == tokenHash
            else { throw .invitationInvalid }
            accounts[index].passwordHash = hash
            accounts[index].invitation = nil
            accounts[index].state = .active
            accounts[index].changed = now
            return accounts[index]
        }
    }

    /// Turns the shared office password of earlier versions into one active admin account named `email`.
    ///
    /// The hash is taken over as it is (the people who knew the password
    /// keep signing in with it, under `email`), and the old file is renamed
    /// to `.admin-password.migrated` rather than deleted, so nothing is lost.
    public func migrateLegacyPassword(email: String, now: Timestamp) throws(AccountError) -> Account {
        guard let address = EmailAddress.normalised(email) else { throw .invalidEmail(email) }
        guard let bytes = try? POSIXFile.openForReading(legacyPath).readToEnd(from: 0),
            let hash = PasswordHash(stored: String(decoding: bytes, as: UTF8.self).filter { !$0.isWhitespace })
        else { throw .nothingToMigrate(file: legacyPath) }
        let account = try update { accounts throws(AccountError) in
            guard !accounts.contains(where: { $0.email == address }) else { throw .duplicateEmail(address) }
            let account = Account(
                id: "u-" + Hex.encode(SecureRandom.bytes(count: 8)), email: address, name: "Administrator",
                role: .admin, state: .active, passwordHash: hash, invitation: nil, created: now, changed: now)
            accounts.append(account)
            return account
        }
        guard rename(legacyPath, legacyPath + ".migrated") == 0 else {
            throw .file(FileError(.rename, path: legacyPath, code: errno))
        }
        return account
    }

    /// Whether an old shared office password waits to be migrated.
    public var hasLegacyPassword: Bool { access(legacyPath, F_OK) == 0 }

    // MARK: Internals

    private func known(_ email: String) throws(AccountError) -> String {
        guard let address = EmailAddress.normalised(email) else { throw .invalidEmail(email) }
        let accounts = try all()
        guard accounts.contains(where: { $0.email == address }) else {
            throw .unknownUser(address, suggestion: closestMatch(to: address, among: accounts.map(\.email)))
        }
        return address
    }

    /// Changes one account under the lock and stamps it.
    ///
    /// - Parameter keepingAnAdmin: refuse the change if it leaves no active admin (disabling);
    ///   a reset may, because it prints the link that makes the admin active again.
    @discardableResult
    private func change(
        _ email: String, now: Timestamp, keepingAnAdmin: Bool = false, _ body: (inout Account) -> Void
    ) throws(AccountError) -> Account {
        let address = try known(email)
        return try update { accounts throws(AccountError) in
            guard let index = accounts.firstIndex(where: { $0.email == address }) else {
                throw .unknownUser(address, suggestion: nil)
            }
            var account = accounts[index]
            body(&account)
            if keepingAnAdmin, account.state != .active { try Self.keepAnAdmin(accounts, without: accounts[index]) }
            account.changed = now
            accounts[index] = account
            return account
        }
    }

    /// Refuses a change that would leave no active admin, unless none was active before either.
    private static func keepAnAdmin(_ accounts: [Account], without account: Account) throws(AccountError) {
        let admins = accounts.filter { $0.role == .admin && $0.state == .active }
        if admins.count == 1, admins[0].id == account.id { throw .lastAdmin(account.email) }
    }

    /// Reads, changes and replaces the file under the exclusive lock.
    func update<Result>(_ body: (inout [Account]) throws(AccountError) -> Result) throws(AccountError)
        -> Result
    {
        let lock: POSIXFile
        do {
            lock = try POSIXFile(path: lockPath, flags: O_RDWR | O_CREAT | O_CLOEXEC)
        } catch {
            throw .file(error)
        }
        while flock(lock.descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .file(FileError(.lock, path: lockPath, code: errno)) }
        }
        defer { flock(lock.descriptor, LOCK_UN) }
        var accounts = try read()
        let result = try body(&accounts)
        var bytes: [UInt8] = []
        JSON.object([
            JSONField(key: "version", value: 1), JSONField(key: "accounts", value: .array(accounts.map(\.json))),
        ]).write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
        do {
            try PrivateFiles.write(bytes, to: path)
        } catch {
            throw .file(error)
        }
        cache.withLock { $0 = nil }
        return result
    }

    /// Parses the file; a missing file is no accounts, a damaged one an error (never silently empty).
    private func read() throws(AccountError) -> [Account] {
        let bytes: [UInt8]
        do {
            bytes = try POSIXFile.openForReading(path).readToEnd(from: 0)
        } catch {
            if error.code == ENOENT { return [] }
            throw .file(error)
        }
        guard let document = try? JSONDocument(parsing: bytes), document.root["version"]?.int == 1,
            let elements = document.root["accounts"]?.elements
        else { throw .damaged(file: path) }
        let accounts = elements.compactMap(Account.init)
        guard accounts.count == elements.count else { throw .damaged(file: path) }
        return accounts
    }

    private static func newToken() -> String { Hex.encode(SecureRandom.bytes(count: 24)) }

    static func hash(_ token: String) -> String { Hex.encode(SHA256.hash(token)) }

    private static func invitation(_ token: String, now: Timestamp) -> Account.Invitation {
        Account.Invitation(
            tokenHash: hash(token),
            expires: now.adding(seconds: invitationLifetimeSeconds))
    }
}

/// What identifies one version of a file cheaply: a replacement by rename changes the inode.
struct FileIdentity: Equatable, Sendable {
    let inode: UInt64
    let size: Int64
    let changedSeconds: Int
    let changedNanoseconds: Int

    /// The identity of the file at `path`; a missing file has the zero identity.
    init(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            (inode, size, changedSeconds, changedNanoseconds) = (0, -1, 0, 0)
            return
        }
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        changedSeconds = info.st_ctim.tv_sec
        changedNanoseconds = info.st_ctim.tv_nsec
    }
}
