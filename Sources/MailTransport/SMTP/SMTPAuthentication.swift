/// The AUTH exchange after EHLO (RFC 4954) with the two mechanisms a relay inside an
/// authority's network offers: PLAIN (RFC 4616) and LOGIN.
enum SMTPAuthentication {
    /// Authenticates with PLAIN where offered, LOGIN otherwise.
    /// Never sends anything when the server does not offer AUTH.
    static func authenticate(
        _ credentials: SMTPCredentials, extensions: SMTPExtensions, on connection: SMTPConnection
    ) throws(MailTransportError) {
        guard let offered = extensions.authentication else {
            if extensions.startTLS { throw MailTransportError(.authenticationRequiresTLS(server: connection.server)) }
            throw MailTransportError(.authenticationNotOffered(server: connection.server))
        }
        let user = Array(credentials.user.utf8)
        let password = Array(credentials.password.utf8)
        guard !user.contains(0), !password.contains(0) else { throw MailTransportError(.credentialsUnusable) }
        if offered.contains("PLAIN") {
            let response = Base64.encode([0] + user + [0] + password)
            try finish(connection.command("AUTH PLAIN \(response)", stage: .authentication), on: connection)
        } else if offered.contains("LOGIN") {
            try challenge(connection.command("AUTH LOGIN", stage: .authentication), on: connection)
            try challenge(connection.command(Base64.encode(user), stage: .authentication), on: connection)
            try finish(connection.command(Base64.encode(password), stage: .authentication), on: connection)
        } else {
            throw MailTransportError(
                .authenticationMechanismsUnsupported(server: connection.server, offered: offered))
        }
    }

    /// A 334 that asks for the next part of the LOGIN exchange.
    private static func challenge(_ reply: SMTPReply, on connection: SMTPConnection) throws(MailTransportError) {
        guard reply.code != 334 else { return }
        try refuse(reply, on: connection)
    }

    /// The 235 that ends the exchange.
    private static func finish(_ reply: SMTPReply, on connection: SMTPConnection) throws(MailTransportError) {
        guard reply.code != 235 else { return }
        try refuse(reply, on: connection)
    }

    private static func refuse(_ reply: SMTPReply, on connection: SMTPConnection) throws(MailTransportError) {
        switch reply.code {
        case 400..<500:
            throw MailTransportError(
                .rejected(server: connection.server, stage: .authentication), kind: .temporary, reply: reply.text)
        case 500..<600:
            throw MailTransportError(.authenticationRejected(server: connection.server), reply: reply.text)
        default:
            throw MailTransportError(
                .unexpectedReply(server: connection.server, stage: .authentication), reply: reply.text)
        }
    }
}
