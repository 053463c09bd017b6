/// What a server's EHLO reply offers, as far as this client cares (RFC 5321 §4.1.1.1).
struct SMTPExtensions {
    /// The mechanisms of the AUTH line ("AUTH PLAIN LOGIN", or the old "AUTH=PLAIN"), upper-cased;
    /// nil when the server offers no AUTH (or was greeted with HELO).
    let authentication: [String]?
    /// Whether the server offers STARTTLS, which this client cannot use; many servers offer AUTH
    /// only after it, and the error then says so.
    let startTLS: Bool

    init(hello: SMTPReply?) {
        var mechanisms: [String]?
        var startTLS = false
        for line in hello?.lines.dropFirst() ?? [] {
            let words = line.uppercased().split(whereSeparator: { $0 == " " || $0 == "=" }).map(String.init)
            switch words.first {
            case "AUTH": mechanisms = (mechanisms ?? []) + words.dropFirst()
            case "STARTTLS": startTLS = true
            default: continue
            }
        }
        authentication = mechanisms
        self.startTLS = startTLS
    }
}
