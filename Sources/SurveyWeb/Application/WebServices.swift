import CryptoPrimitives
import Foundation
import HTTPServer
import SurveyModel
import SurveyStore

/// What every route shares: surveys, participants, the signing key, limits and the clock.
struct WebServices: Sendable {
    let catalog: SurveyCatalog
    let invitees: InviteeDirectory
    let signer: CookieSigner
    /// Counts failed access codes per client address and per code prefix.
    let codeLimiter: RateLimiter
    /// How long a grant cookie opens its survey.
    let grantLifetime: GrantLifetime
    /// Bounds how many anonymous responses public surveys begin per hour.
    let newResponses: NewResponseBudget
    /// Bounds how much the drafts of public respondents behind one client may add per day.
    let anonymousDrafts: AnonymousDraftBudget
    /// The current time; tests move it to before opening or after closing.
    let now: @Sendable () -> Date
    /// How the office sends e-mail; nil when the server has no mail settings (the pages only preview).
    var mail: WebMail? = nil
    /// The free space kept back on the responses' disk; nil: writes are never refused for space.
    var diskReserve: DiskReserve? = nil
    /// The mail rounds the office started, one per survey at a time.
    let mailRounds = MailRounds()

    /// The definition files of the surveys folder, which the designer writes through, versions kept.
    var definitions: DefinitionFiles {
        DefinitionFiles(folder: catalog.surveysFolder) { [now] in
            Timestamp(millisecondsSince1970: Int64((now().timeIntervalSince1970 * 1000).rounded(.down)))
        }
    }

    /// Whether cookies get `Secure`: when a trusted proxy in front says the
    /// client used HTTPS. The server decides that (`--trusted-proxy`); a
    /// client's own `X-Forwarded-Proto` counts for nothing.
    func isSecure(_ request: HTTPRequest) -> Bool {
        request.isSecure
    }

    /// An HTML page; the security headers come from ``SecurityHeadersMiddleware``.
    func page(_ body: [UInt8], status: HTTPStatus = .ok) -> HTTPResponse {
        HTTPResponse(status: status, headers: ["Content-Type": "text/html; charset=utf-8"], body: body)
    }

    /// A 303 redirect.
    func redirect(_ location: String) -> HTTPResponse {
        HTTPResponse.redirect(to: location)
    }

    /// A page with a heading and text, for states and errors.
    func message(
        _ heading: Phrase, _ paragraphs: [String], ui: UILanguage, siteTitle: String? = nil, status: HTTPStatus,
        link: (href: String, text: String)? = nil
    ) -> HTTPResponse {
        message(heading.text(ui), paragraphs, ui: ui, siteTitle: siteTitle, status: status, link: link)
    }

    /// A page with a heading and text, for a heading that is not one of the shared phrases.
    func message(
        _ title: String, _ paragraphs: [String], ui: UILanguage, siteTitle: String? = nil, status: HTTPStatus,
        link: (href: String, text: String)? = nil
    ) -> HTTPResponse {
        var page = MessagePage(
            language: ui.rawValue, ui: ui, siteTitle: siteTitle ?? title, heading: title, paragraphs: paragraphs)
        page.link = link
        return self.page(page.render(), status: status)
    }

    /// The response id of an invited participant: stable across devices, not
    /// guessable from the participant id without the server key.
    func responseID(surveyID: String, participantID: String) -> String {
        signer.derivedIdentifier("response:\(surveyID):\(participantID)")
    }

    /// The store's idempotency key for one rendering of a form of one response.
    func idempotencyKey(responseID: String, formKey: String) -> String {
        signer.derivedIdentifier("form:\(responseID):\(formKey)")
    }

    /// Reads the participants of every survey from the store into the directory.
    ///
    /// Called at start, on every reload and when a code is not found, so a
    /// participant imported or a token reissued while the server runs counts at once.
    /// - Returns: one line per survey whose participants file cannot be read.
    func refreshInvitees() -> [String] {
        var problems: [String] = []
        for entry in catalog.entries {
            do {
                let participants = try entry.participants.all()
                invitees.replace(
                    surveyID: entry.survey.id, with: participants.map { Invitee($0, surveyID: entry.survey.id) })
            } catch {
                problems.append("responses/\(entry.survey.id): participants cannot be read: \(error)")
            }
        }
        return problems
    }

    /// A fresh key for one rendering of a form.
    static func newFormKey() -> String {
        Hex.encode(SecureRandom.bytes(count: 16))
    }
}
