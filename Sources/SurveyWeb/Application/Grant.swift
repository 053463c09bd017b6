import CryptoPrimitives
import Foundation

/// A respondent's access to one survey, carried in a signed cookie.
///
/// The signed value names the survey, so a cookie never opens another survey
/// whose participants happen to share ids; the participant's session
/// generation, so a reissued token or a void by the office ends every grant
/// issued before; and an expiry, so a copied cookie does not work forever.
struct Grant: Sendable, Equatable {
    let surveyID: String
    /// The response the browser writes to.
    let responseID: String
    /// The invited participant, nil for a public survey.
    let participantID: String?
    /// The participant's session generation when the grant was issued; 0 for a public survey.
    let generation: Int
    /// The first instant the grant no longer opens the survey.
    let expires: Date

    /// Why a cookie value does not open its survey.
    enum Refusal: Error, Equatable {
        /// Missing, altered or in a format this version does not read.
        case unreadable
        /// Signed for a different survey.
        case otherSurvey
        case expired
    }

    /// The cookie that carries the grant for `surveyID`.
    static func cookieName(surveyID: String) -> String { "r-" + surveyID }

    /// A fresh response id: 12 random bytes as hex, safe in file names, URLs and cookies.
    static func newResponseID() -> String {
        Hex.encode(SecureRandom.bytes(count: 12))
    }

    /// The cookie value: `<survey>!<response>!<participant>!<generation>!<expiry>` signed.
    ///
    /// Ids never contain `!` (survey ids are `[a-z0-9-]`, store ids `[A-Za-z0-9._-]`).
    func cookieValue(signer: CookieSigner) -> String {
        let expiry = String(Int64(expires.timeIntervalSince1970))
        let fields = [surveyID, responseID, participantID ?? "", String(generation), expiry]
        return signer.sign(fields.joined(separator: "!"))
    }

    /// Reads a cookie value for `surveyID` at `now`.
    ///
    /// - Throws: ``Refusal`` saying why the value does not open the survey.
    init(cookieValue: String?, signer: CookieSigner, surveyID: String, now: Date) throws(Refusal) {
        self = try Grant.signed(cookieValue, signer: signer)
        try check(surveyID: surveyID, now: now)
    }

    /// The grant a cookie value carries once its signature and format are checked, for whichever
    /// survey and expiry it names; ``check(surveyID:now:)`` says whether it opens a survey now.
    ///
    /// - Throws: ``Refusal/unreadable`` when the value is missing, altered or in another format.
    static func signed(_ cookieValue: String?, signer: CookieSigner) throws(Refusal) -> Grant {
        guard let cookieValue, let payload = signer.verify(cookieValue) else { throw .unreadable }
        let parts = payload.split(separator: "!", omittingEmptySubsequences: false)
        guard parts.count == 5, !parts[1].isEmpty, let generation = Int(parts[3]), let expiry = Int64(parts[4]) else {
            throw .unreadable
        }
        return Grant(
            surveyID: String(parts[0]), responseID: String(parts[1]),
            participantID: parts[2].isEmpty ? nil : String(parts[2]), generation: generation,
            expires: Date(timeIntervalSince1970: TimeInterval(expiry)))
    }

    /// Throws unless the grant opens `surveyID` at `now`.
    ///
    /// - Throws: ``Refusal/otherSurvey`` or ``Refusal/expired``.
    func check(surveyID: String, now: Date) throws(Refusal) {
        guard self.surveyID == surveyID else { throw .otherSurvey }
        guard now < expires else { throw .expired }
    }

    init(surveyID: String, responseID: String, participantID: String?, generation: Int, expires: Date) {
        self.surveyID = surveyID
        self.responseID = responseID
        self.participantID = participantID
        self.generation = generation
        self.expires = expires
    }
}
