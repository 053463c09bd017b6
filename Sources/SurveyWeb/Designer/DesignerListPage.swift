import Foundation
import Markup
import SurveyModel

/// The designer's start: every definition file with its state, submitted responses, last change and links.
struct DesignerListPage {
    let ui: UILanguage
    let files: [DefinitionFile]
    let now: Date
    /// The submitted responses of a survey online, as the office's overview counts them.
    let submitted: (SurveyEntry) -> String

    func render(into html: inout HTMLBuilder) {
        html.element("p", text: DesignerPhrase.listIntro.text(ui))
        html.element("p") { html in
            html.element(
                "a", [HTMLAttribute("href", DesignerPage.address("/admin/designer/new", ui: ui))],
                text: VersionsPhrase.newSurvey.text(ui))
        }
        guard !files.isEmpty else { return html.element("p", text: DesignerPhrase.noFiles.text(ui)) }
        html.element("div", [HTMLAttribute("class", "table-wrap")]) { html in
            html.element("table", [HTMLAttribute("class", "definitions")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for header in [
                            DesignerPhrase.survey.text(ui), Phrase.status.text(ui), Phrase.submitted.text(ui),
                            DesignerPhrase.lastChange.text(ui), DesignerPhrase.actions.text(ui),
                        ] {
                            html.element("th", [HTMLAttribute("scope", "col")], text: header)
                        }
                    }
                }
                html.element("tbody") { html in
                    for file in files { row(file, into: &html) }
                }
            }
        }
    }

    private func row(_ file: DefinitionFile, into html: inout HTMLBuilder) {
        let title = file.entry.map { $0.survey.title.text(in: ui.rawValue) } ?? file.name
        html.element("tr", [HTMLAttribute("id", "file-" + file.id)]) { html in
            html.element("th", [HTMLAttribute("scope", "row")]) { html in
                if let entry = file.entry {
                    html.text(entry.survey.title.text(in: ui.rawValue))
                    html.void("br", [])
                }
                html.element("code", text: file.name)
            }
            html.element("td") { html in
                html.text(stateText(file))
                if let first = file.problems.first {
                    let text = DesignerPhrase.problem(first, ui)
                    html.element(
                        "p", [HTMLAttribute("class", "diagnostic")],
                        text: file.entry == nil ? text : DesignerPhrase.brokenEdit(text).text(ui))
                }
                if file.problems.count > 1 {
                    html.element(
                        "p", [HTMLAttribute("class", "hint")],
                        text: DesignerPhrase.moreProblems(file.problems.count - 1).text(ui))
                }
            }
            html.element("td", text: file.entry.map(submitted) ?? "–")
            html.element(
                "td", text: file.modified.map { modifiedText($0, timeZone: file.entry?.survey.timeZone) } ?? "–")
            html.element("td") { html in actions(file, title: title, into: &html) }
        }
    }

    private func stateText(_ file: DefinitionFile) -> String {
        switch file.state(at: now) {
        case .online(let schedule): schedule.phrase.text(ui)
        case .failed: DesignerPhrase.stateFailed.text(ui)
        case .notLoaded: DesignerPhrase.stateNotLoaded.text(ui)
        }
    }

    /// The time in the survey's own time zone, as everywhere in the office; a file that never loaded has
    /// none, and its time is given in UTC and says so.
    private func modifiedText(_ date: Date, timeZone: TimeZone?) -> String {
        guard let timeZone else { return ReceiptFormat.time(date, timeZone: .gmt, ui: ui) + " (UTC)" }
        return ReceiptFormat.time(date, timeZone: timeZone, ui: ui)
    }

    private func actions(_ file: DefinitionFile, title: String, into html: inout HTMLBuilder) {
        guard file.isAddressable else { return html.text("–") }
        let base = "/admin/designer/\(file.id)"
        var links = [(DesignerPhrase.edit.text(ui), DesignerPage.address(base, ui: ui))]
        if file.entry != nil {
            links.append((Phrase.preview.text(ui), DesignerPage.address(base + "/preview?page=1", ui: ui)))
        }
        links.append((DesignerPhrase.download.text(ui), base + "/download"))
        links.append((VersionsPhrase.versions.text(ui), DesignerPage.address(base + "/versions", ui: ui)))
        links.append((VersionsPhrase.upload.text(ui), DesignerPage.address(base + "/upload", ui: ui)))
        html.element("ul", [HTMLAttribute("class", "row-actions")]) { html in
            for (text, href) in links {
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", href)]) { html in
                        html.text(text)
                        // Each row repeats the same words; the survey's name tells the links apart when read alone.
                        html.element("span", [HTMLAttribute("class", "visually-hidden")], text: ": " + title)
                    }
                }
            }
        }
    }
}
