import CryptoPrimitives
import Dispatch
import Foundation
import HTTPServer
import Markup
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// Staff publish a frozen report, withdraw it, and give and revoke share links for it.
///
/// Every change is audited with the object `<survey>/<report>` (and `/<link>` for a share link).
struct OfficePublishController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.post("/s/:survey/publish", bodyLimit: 16_384) { request, responder in
                // Counting every current response takes seconds on a large log (like a new choice on the
                // report page), so it runs on a queue of its own, one at a time, not on a server worker.
                Self.freezing.async { responder.respond(Interruption.answer { try publish(request) }) }
            }
            staff.get("/s/:survey/published") { request in Interruption.answer { try list(request) } }
            staff.post("/s/:survey/published/:report/withdraw", bodyLimit: 4096) { request in
                Interruption.answer { try withdraw(request) }
            }
            staff.post("/s/:survey/published/:report/share", bodyLimit: 4096) { request in
                Interruption.answer { try share(request) }
            }
            staff.post("/s/:survey/published/:report/share/:link/revoke", bodyLimit: 4096) { request in
                Interruption.answer { try revoke(request) }
            }
        }
    }

    /// Where reports are computed for publishing, one after another.
    static let freezing = DispatchQueue(label: "survey.office.publish")

    /// The published reports of the survey the request names.
    static func store(_ entry: SurveyEntry) -> PublishedReports {
        PublishedReports(surveyFolder: entry.log.directory)
    }

    /// The committee's active accounts, to choose an audience from.
    static func committeeMembers(_ access: OfficeAccess) -> [Account] {
        ((try? access.accounts.all()) ?? []).filter { $0.role == .committee && $0.state == .active }
    }

    private func publish(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let form = try checkedForm(request)
        let survey = entry.survey
        let filter = nonEmpty(form["filter"])
        let by = nonEmpty(form["by"])
        let language = form["language"].flatMap { survey.languages.contains($0) ? $0 : nil } ?? survey.defaultLanguage
        var back = "/admin/s/\(survey.id)/report?lang=\(ui.rawValue)"
        for (name, value) in [("filter", filter), ("by", by)] {
            if let value { back += "&\(name)=" + URLEncodedForm.encode(value) }
        }
        let title = String((form["title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(200))
        guard !title.isEmpty else { throw refused(PublishPhrase.titleMissing.text(ui), ui: ui, back: back) }
        let audience: PublishedReport.Audience
        if form["audience"] == "members" {
            let known = Set(Self.committeeMembers(area.access).map(\.id))
            let chosen = form.values(for: "member").filter(known.contains)
            guard !chosen.isEmpty else { throw refused(PublishPhrase.noMemberChosen.text(ui), ui: ui, back: back) }
            audience = .members(chosen)
        } else {
            audience = .committee
        }
        guard let identity = request.officeIdentity else { throw formExpired(ui) }
        let freezer = ReportFreezer(entry: entry, invitees: services.invitees)
        let frozen: ReportFreezer.Frozen
        do {
            frozen = try freezer.freeze(
                ReportFreezer.Request(
                    id: Hex.encode(SecureRandom.bytes(count: 16)), title: title, filter: filter, by: by,
                    language: language, audience: audience, publisher: identity),
                now: services.now())
        } catch {
            throw refused(ReportChoice.message(error, ui: ui), ui: ui, back: back)
        }
        do {
            try Self.store(entry).publish(frozen.meta, html: frozen.html, evaluation: frozen.evaluation)
        } catch {
            throw storeFailed(error, ui: ui, survey: survey.id)
        }
        audit(.reportPublished, request, object: "\(survey.id)/\(frozen.meta.id)")
        return services.redirect("/admin/s/\(survey.id)/published?lang=\(ui.rawValue)")
    }

    private func list(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let page = PublishedReportsPage(
            survey: entry.survey, ui: ui, store: Self.store(entry),
            signer: services.signer, origin: Self.origin(request), now: services.now())
        let title = PublishPhrase.publishedReports.text(ui) + ": " + entry.survey.title.text(in: ui.rawValue)
        return self.page(request, title) { html in page.render(csrf: csrf(request), into: &html) }
    }

    private func withdraw(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let (entry, report, ui) = try publishedReport(request)
        _ = try checkedForm(request)
        do {
            _ = try Self.store(entry).withdraw(report.id, by: request.officeIdentity?.userID ?? "-", now: timestamp())
        } catch {
            throw storeFailed(error, ui: ui, survey: entry.survey.id)
        }
        audit(.reportWithdrawn, request, object: "\(entry.survey.id)/\(report.id)")
        return services.redirect("/admin/s/\(entry.survey.id)/published?lang=\(ui.rawValue)")
    }

    private func share(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let (entry, report, ui) = try publishedReport(request)
        let form = try checkedForm(request)
        let back = "/admin/s/\(entry.survey.id)/published?lang=\(ui.rawValue)"
        guard report.state == .published else { throw gone(ui, back: back) }
        let days = min(max(Int(form["days"] ?? "") ?? ShareLink.defaultDays, 1), ShareLink.maximumDays)
        let now = services.now()
        let link = ShareLink.new(
            surveyID: entry.survey.id, reportID: report.id, expires: now.addingTimeInterval(Double(days) * 86_400))
        let record = ShareLinkRecord(
            id: link.linkID, expires: Self.timestamp(link.expires), created: Self.timestamp(now),
            createdBy: request.officeIdentity?.userID ?? "-")
        do {
            try Self.store(entry).addShareLink(record, to: report.id)
        } catch {
            throw storeFailed(error, ui: ui, survey: entry.survey.id)
        }
        audit(.shareLinkCreated, request, object: "\(entry.survey.id)/\(report.id)/\(link.linkID)")
        let until = ReceiptFormat.time(link.expires, timeZone: entry.survey.timeZone, ui: ui)
        return page(request, PublishPhrase.linkCreatedTitle.text(ui)) { html in
            html.element("p", text: PublishPhrase.linkCreated(until: until).text(ui))
            html.element("p") { html in
                html.element(
                    "code", [HTMLAttribute("class", "share-link")],
                    text: Self.origin(request) + link.path(signer: services.signer))
            }
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", back)], text: PublishPhrase.toPublishedReports.text(ui))
            }
        }
    }

    private func revoke(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let (entry, report, ui) = try publishedReport(request)
        _ = try checkedForm(request)
        let back = "/admin/s/\(entry.survey.id)/published?lang=\(ui.rawValue)"
        let store = Self.store(entry)
        guard let link = request.parameters["link"], store.shareLinks(of: report.id).contains(where: { $0.id == link })
        else { throw gone(ui, back: back) }
        do {
            try store.revokeShareLink(link, of: report.id, by: request.officeIdentity?.userID ?? "-", now: timestamp())
        } catch {
            throw storeFailed(error, ui: ui, survey: entry.survey.id)
        }
        audit(.shareLinkRevoked, request, object: "\(entry.survey.id)/\(report.id)/\(link)")
        return services.redirect(back)
    }

    /// The survey and published report the path names, or the page saying there is no such report.
    private func publishedReport(
        _ request: HTTPRequest
    ) throws(Interruption) -> (SurveyEntry, PublishedReport, UILanguage) {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        guard let report = Self.store(entry).report(request.parameters["report"] ?? "") else {
            throw gone(ui, back: "/admin/s/\(entry.survey.id)/published?lang=\(ui.rawValue)")
        }
        return (entry, report, ui)
    }

    private func refused(_ reason: String, ui: UILanguage, back: String) -> Interruption {
        .respond(
            services.message(
                PublishPhrase.publishHeading.text(ui), [reason], ui: ui, status: .badRequest,
                link: (href: back, text: Phrase.evaluation.text(ui))))
    }

    private func gone(_ ui: UILanguage, back: String) -> Interruption {
        .respond(
            services.message(
                .notFoundTitle, [PublishPhrase.reportGone.text(ui)], ui: ui, status: .notFound,
                link: (href: back, text: PublishPhrase.toPublishedReports.text(ui))))
    }

    private func storeFailed(_ error: FileError, ui: UILanguage, survey: String) -> Interruption {
        FileHandle.standardError.write(
            Data("survey: cannot write the published report in \(error.path) (errno \(error.code))\n".utf8))
        return .respond(
            services.message(
                .errorTitle, [Phrase.storageFailed.text(ui)], ui: ui, status: .internalServerError,
                link: (href: "/admin/s/\(survey)/published", text: PublishPhrase.toPublishedReports.text(ui))))
    }

    /// The address the office was reached at, for share links to copy whole; the `Host` header is shown, never followed.
    static func origin(_ request: HTTPRequest) -> String {
        (request.isSecure ? "https://" : "http://") + (request.headers["Host"] ?? "localhost")
    }

    private func nonEmpty(_ value: String?) -> String? {
        let trimmed = value?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return trimmed.isEmpty ? nil : trimmed
    }

    private func timestamp() -> Timestamp { Self.timestamp(services.now()) }

    static func timestamp(_ date: Date) -> Timestamp {
        Timestamp(millisecondsSince1970: Int64((date.timeIntervalSince1970 * 1000).rounded(.down)))
    }
}
