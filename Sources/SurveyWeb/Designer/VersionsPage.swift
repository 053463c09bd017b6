import Foundation
import Markup
import SurveyModel
import SurveyStore

/// The kept versions of one definition, newest first: when and by whom each was saved, what it changed
/// from the one before, and a link to restore it.
struct VersionsPage {
    /// One kept version with what the page needs of it.
    struct Row {
        let version: DefinitionFileVersion
        /// The person's display name, or nil for a version written outside the designer.
        let author: String?
        /// What it changed from the version before; nil when either of them does not load.
        let diff: DefinitionDiff?
        let isFirst: Bool
    }

    let ui: UILanguage
    let surveyID: String
    let rows: [Row]
    let currentVersion: String
    let timeZone: TimeZone

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: VersionsPhrase.versionsIntro.text(ui))
        guard !rows.isEmpty else { return html.element("p", text: VersionsPhrase.noVersions.text(ui)) }
        html.element("ol", [HTMLAttribute("class", "versions")]) { html in
            for (index, row) in rows.enumerated() {
                html.element("li", [HTMLAttribute("id", "version-\(index + 1)")]) { html in render(row, into: &html) }
            }
        }
    }

    private func render(_ row: Row, into html: inout HTMLBuilder) {
        let time = ReceiptFormat.time(Self.date(row.version.savedAt), timeZone: timeZone, ui: ui)
        html.element("h2", text: time)
        html.element("p") { html in
            html.text((row.author ?? VersionsPhrase.byUnknown.text(ui)) + " · \(VersionsPhrase.version.text(ui)) ")
            html.element("code", text: String(row.version.version.prefix(10)))
            if row.version.version == currentVersion {
                html.text(" · ")
                html.element("strong", [HTMLAttribute("class", "badge")], text: VersionsPhrase.current.text(ui))
            }
        }
        if row.isFirst {
            html.element("p", text: VersionsPhrase.firstVersion.text(ui))
        } else if let diff = row.diff {
            if diff.isEmpty {
                html.element("p", text: VersionsPhrase.noChanges.text(ui))
            } else {
                html.element("details") { html in
                    html.element("summary", text: VersionsPhrase.changes(diff.changes.count).text(ui))
                    VersionsDiffList(diff: diff, headingIsNested: true).render(into: &html, ui: ui)
                }
            }
        } else {
            html.element("p", text: VersionsPhrase.doesNotLoad.text(ui))
        }
        if row.version.version != currentVersion {
            let address = DesignerPage.address(
                "/admin/designer/\(surveyID)/versions?restore=\(row.version.version)", ui: ui)
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", address)]) { html in
                    html.text(VersionsPhrase.restore.text(ui))
                    html.element("span", [HTMLAttribute("class", "visually-hidden")], text: ": " + time)
                }
            }
        }
    }

    static func date(_ timestamp: Timestamp) -> Date {
        Date(timeIntervalSince1970: Double(timestamp.millisecondsSince1970) / 1000)
    }
}
