/// User name and password for AUTH PLAIN or LOGIN at the relay.
///
/// They are sent only when the server advertises AUTH, and then in base64, which is no
/// protection on the wire: without TLS, use them only inside a network the office trusts.
public struct SMTPCredentials: Sendable, Equatable {
    public let user: String
    public let password: String

    public init(user: String, password: String) {
        self.user = user
        self.password = password
    }
}
