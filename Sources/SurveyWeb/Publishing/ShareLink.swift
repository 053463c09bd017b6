import CryptoPrimitives
import Foundation
import SurveyStore

/// A link that opens one published report without an account, read-only, until it expires or is revoked.
///
/// Everything the server needs to check it travels in the link, signed with
/// the server's key (HMAC-SHA256, purpose `share`, so no other signed value
/// can pass as a link): the survey, the report, the link's own id (which the
/// report's revocation list names) and the expiry in seconds since 1970.
/// `<survey>.<report>.<link>.<expiry>~<signature>`: only letters, digits,
/// `-`, `_`, `.` and `~`, so it needs no escaping in a path.
struct ShareLink: Sendable, Equatable {
    let surveyID: String
    let reportID: String
    let linkID: String
    let expires: Date

    static let purpose = "share"
    /// How long a link lasts when staff choose nothing else.
    static let defaultDays = 30
    /// The longest validity staff may choose: a year.
    static let maximumDays = 366

    /// The path that opens the report.
    func path(signer: CookieSigner) -> String {
        "/share/" + signer.sign(payload, purpose: Self.purpose)
    }

    private var payload: String {
        "\(surveyID).\(reportID).\(linkID).\(Int64(expires.timeIntervalSince1970))"
    }

    init(surveyID: String, reportID: String, linkID: String, expires: Date) {
        self.surveyID = surveyID
        self.reportID = reportID
        self.linkID = linkID
        self.expires = expires
    }

    /// A new link with a random id.
    static func new(surveyID: String, reportID: String, expires: Date) -> ShareLink {
        ShareLink(
            surveyID: surveyID, reportID: reportID, linkID: Hex.encode(SecureRandom.bytes(count: 8)), expires: expires)
    }

    /// Why a token does not open a report.
    enum Refusal: Error, Equatable {
        case malformedOrTampered, expired
    }

    /// The link a token names, if its signature holds and it has not expired at `now`.
    ///
    /// Revocation and the report's state are the store's to say (see ``PublishedReports``).
    static func check(_ token: String, signer: CookieSigner, now: Date) throws(Refusal) -> ShareLink {
        guard let payload = signer.verify(token, purpose: purpose) else { throw .malformedOrTampered }
        let parts = payload.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 4, let seconds = Int64(parts[3]) else { throw .malformedOrTampered }
        let link = ShareLink(
            surveyID: parts[0], reportID: parts[1], linkID: parts[2],
            expires: Date(timeIntervalSince1970: Double(seconds)))
        guard now < link.expires else { throw .expired }
        return link
    }
}
