import HTTPServer
import SurveyStore

/// Refusing new drafts and submissions, politely, while the responses' disk is below its reserve.
extension WebServices {
    /// The `Retry-After` of a refusal: freeing space takes an administrator, so asking browsers and
    /// scripts to come back within seconds would only add load; two minutes is a short wait for a person.
    static let diskRetryAfterSeconds = 120

    /// Whether new drafts and submissions wait until space is freed.
    var refusesWrites: Bool {
        diskReserve?.refusesWrites ?? false
    }

    /// Marks `response` as a refusal for want of disk space: 503 with `Retry-After`.
    func waitingForDisk(_ response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.status = .serviceUnavailable
        response.headers.set("Retry-After", String(Self.diskRetryAfterSeconds))
        return response
    }

    /// The page that refuses a submission while the disk is below its reserve; the stored answers stay.
    func submissionWaitsForDisk(ui: UILanguage, siteTitle: String, link: (href: String, text: String))
        -> HTTPResponse
    {
        waitingForDisk(
            message(
                DiskPhrase.tryLaterTitle.text(ui), [DiskPhrase.submissionWaits.text(ui)], ui: ui,
                siteTitle: siteTitle, status: .serviceUnavailable, link: link))
    }
}
