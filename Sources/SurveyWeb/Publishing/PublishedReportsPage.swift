import Foundation
import Markup
import SurveyModel
import SurveyStore

/// The staff's list of a survey's published reports: state, audience, share links, and the buttons to change them.
///
/// Withdrawn reports stay listed, marked so, for the record; they can still be read here but not by the committee.
struct PublishedReportsPage {
    let survey: Survey
    let ui: UILanguage
    let store: PublishedReports
    let signer: CookieSigner
    /// `https://host` the office is reached at, so a link can be copied whole.
    let origin: String
    let now: Date

    func render(csrf: String, into html: inout HTMLBuilder) {
        let base = "/admin/s/\(survey.id)"
        html.element("p") { html in
            html.element("a", [HTMLAttribute("href", base)], text: Phrase.backToSurvey.text(ui))
            html.text(" · ")
            html.element("a", [HTMLAttribute("href", "\(base)/report")], text: Phrase.evaluation.text(ui))
        }
        let reports = store.all()
        guard !reports.isEmpty else {
            html.element("p", text: PublishPhrase.noPublishedReports.text(ui))
            return
        }
        for report in reports {
            html.element("section", [HTMLAttribute("aria-labelledby", "r-\(report.id)")]) { html in
                html.element("h2", [HTMLAttribute("id", "r-\(report.id)")], text: report.title)
                facts(report, into: &html)
                html.element("p") { html in
                    let read = "/admin/reports/\(survey.id)/\(report.id)"
                    html.element("a", [HTMLAttribute("href", read)], text: PublishPhrase.read.text(ui))
                    html.text(" · ")
                    html.element(
                        "a", [HTMLAttribute("href", read + "/download")], text: PublishPhrase.download.text(ui))
                }
                guard report.state == .published else { return }
                form(
                    "\(base)/published/\(report.id)/withdraw", csrf: csrf, button: PublishPhrase.withdraw.text(ui),
                    into: &html)
                shareLinks(report, csrf: csrf, into: &html)
            }
        }
    }

    private func facts(_ report: PublishedReport, into html: inout HTMLBuilder) {
        let audience =
            switch report.audience {
            case .committee: PublishPhrase.everyone.text(ui)
            case .members(let ids): PublishPhrase.members(ids.count).text(ui)
            }
        let state = report.state == .published ? PublishPhrase.statePublished : PublishPhrase.stateWithdrawn
        var rows = [
            (PublishPhrase.columnCutoff.text(ui), time(report.dataCutoff)),
            (PublishPhrase.columnPublished.text(ui), time(report.published) + " · " + report.publisherName),
            (PublishPhrase.columnAudience.text(ui), audience),
            (PublishPhrase.columnState.text(ui), state.text(ui) + (report.withdrawn.map { " · " + time($0) } ?? "")),
        ]
        if let filter = report.filter { rows.append((PublishPhrase.columnFilter.text(ui), filter)) }
        if let by = report.breakdown { rows.append((PublishPhrase.columnBreakdown.text(ui), by)) }
        html.element("dl") { html in
            for (term, value) in rows {
                html.element("dt", text: term)
                html.element("dd", text: value)
            }
        }
    }

    private func shareLinks(_ report: PublishedReport, csrf: String, into html: inout HTMLBuilder) {
        let base = "/admin/s/\(survey.id)/published/\(report.id)/share"
        let revoked = store.revokedLinks(of: report.id) ?? []
        let links = store.shareLinks(of: report.id)
        html.element("h3", text: PublishPhrase.shareLinks.text(ui))
        if links.isEmpty { html.element("p", text: PublishPhrase.noLinks.text(ui)) }
        html.element("ul") { html in
            for link in links {
                let expires = ReceiptFormat.date(link.expires)
                let path = ShareLink(surveyID: survey.id, reportID: report.id, linkID: link.id, expires: expires)
                    .path(signer: signer)
                html.element("li") { html in
                    html.element("code", text: origin + path)
                    html.text(" – ")
                    if revoked.contains(link.id) {
                        html.text(PublishPhrase.linkRevoked.text(ui))
                    } else if expires <= now {
                        html.text(PublishPhrase.linkExpired.text(ui))
                    } else {
                        html.text(PublishPhrase.validUntil(time(link.expires)).text(ui) + " ")
                        form(
                            "\(base)/\(link.id)/revoke", csrf: csrf, button: PublishPhrase.revoke.text(ui),
                            into: &html)
                    }
                }
            }
        }
        html.element("form", [HTMLAttribute("method", "post"), HTMLAttribute("action", "\(base)?lang=\(ui.rawValue)")])
        { html in
            hidden(csrf, into: &html)
            html.element("label", [HTMLAttribute("for", "days-\(report.id)")], text: PublishPhrase.validDays.text(ui))
            html.text(" ")
            html.void(
                "input",
                [
                    HTMLAttribute("type", "number"), HTMLAttribute("id", "days-\(report.id)"),
                    HTMLAttribute("name", "days"), HTMLAttribute("min", "1"),
                    HTMLAttribute("max", String(ShareLink.maximumDays)),
                    HTMLAttribute("value", String(ShareLink.defaultDays)),
                ])
            html.text(" ")
            html.element("button", [HTMLAttribute("type", "submit")], text: PublishPhrase.createLink.text(ui))
        }
    }

    private func form(_ action: String, csrf: String, button: String, into html: inout HTMLBuilder) {
        html.element(
            "form",
            [
                HTMLAttribute("method", "post"), HTMLAttribute("action", "\(action)?lang=\(ui.rawValue)"),
                HTMLAttribute("class", "inline-form"),
            ]
        ) { html in
            hidden(csrf, into: &html)
            html.element("button", [HTMLAttribute("type", "submit")], text: button)
        }
    }

    private func hidden(_ csrf: String, into html: inout HTMLBuilder) {
        html.void(
            "input", [HTMLAttribute("type", "hidden"), HTMLAttribute("name", "_csrf"), HTMLAttribute("value", csrf)])
    }

    private func time(_ timestamp: Timestamp) -> String {
        ReceiptFormat.time(ReceiptFormat.date(timestamp), timeZone: survey.timeZone, ui: ui)
    }
}
