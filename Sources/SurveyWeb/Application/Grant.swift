import CryptoPrimitives

/// A respondent's access to one survey, carried in a signed cookie.
struct Grant: Sendable, Equatable {
    /// The response the browser writes to.
    let responseID: String
    /// The invited participant, nil for a public survey.
    let participantID: String?

    /// The cookie that carries the grant for `surveyID`.
    static func cookieName(surveyID: String) -> String { "r-" + surveyID }

    /// A fresh response id: 12 random bytes as hex, safe in file names, URLs and cookies.
    static func newResponseID() -> String {
        Hex.encode(SecureRandom.bytes(count: 12))
    }

    /// The cookie value: `<response>!<participant>` signed.
    func cookieValue(signer: CookieSigner) -> String {
        signer.sign(responseID + "!" + (participantID ?? ""))
    }

    /// Reads a cookie value; nil if it is missing, altered or malformed.
    init?(cookieValue: String?, signer: CookieSigner) {
        guard let cookieValue, let payload = signer.verify(cookieValue) else { return nil }
        let parts = payload.split(separator: "!", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty else { return nil }
        responseID = String(parts[0])
        participantID = parts[1].isEmpty ? nil : String(parts[1])
    }

    init(responseID: String, participantID: String?) {
        self.responseID = responseID
        self.participantID = participantID
    }
}
