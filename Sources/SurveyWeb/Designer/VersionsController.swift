import Foundation
import HTTPServer
import Markup
import StrictJSON
import SurveyModel
import SurveyStore

/// The versions page of a definition: the kept versions with their semantic diffs, and restoring one.
///
/// A restore is a save like any other: it names the current version for the lock, runs the live
/// checks, keeps the version it replaces and is audited as `definition-restored`.
struct VersionsController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/designer/:survey/versions") { request in Interruption.answer { try versions(request) } }
            staff.post("/designer/:survey/versions") { request in Interruption.answer { try restore(request) } }
        }
    }

    /// The most versions the page compares; older ones are still kept, and `survey diff` reads them.
    static let shownVersions = 100

    private func versions(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try DesignerController(area: area).definitionFile(request)
        let (document, messages) = try designerDocument(request, file: file)
        if let restore = (try? request.queryItems())?["restore"] {
            return try restoreConfirmation(request, file: file, current: document, version: restore)
        }
        return versionsPage(request, file: file, current: document, messages: messages)
    }

    private func versionsPage(
        _ request: HTTPRequest, file: DefinitionFile, current: DesignerDocument, messages: DesignerPage.Messages,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let kept = Array(((try? services.definitions.versions(of: file.id)) ?? []).prefix(Self.shownVersions + 1))
        let surveys = kept.map { version in
            (try? services.definitions.bytes(of: file.id, version: version.version))
                .flatMap { Survey.load(bytes: $0, file: file.name).survey }
        }
        let rows = kept.prefix(Self.shownVersions).enumerated().map { index, version in
            let before = index + 1 < surveys.count ? surveys[index + 1] : nil
            return VersionsPage.Row(
                version: version, author: version.author.map { area.access.accounts.account(id: $0)?.name ?? $0 },
                diff: before.flatMap { old in surveys[index].map { DefinitionDiff(old: old, new: $0) } },
                isFirst: index + 1 == kept.count)
        }
        let page = VersionsPage(
            ui: ui, surveyID: file.id, rows: rows, currentVersion: current.baseVersion,
            timeZone: file.entry?.survey.timeZone ?? .gmt)
        let title = VersionsPhrase.versions.text(ui)
        var frame = DesignerPage(ui: ui, crumbs: crumbs(file, ui, [DesignerPage.Crumb(text: title)]))
        frame.messages = messages
        return designerPage(request, frame, title: title, status: status) { html in page.render(into: &html) }
    }

    /// What restoring `version` would change, and the button that does it.
    private func restoreConfirmation(
        _ request: HTTPRequest, file: DefinitionFile, current: DesignerDocument, version: String
    ) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        guard let bytes = try? services.definitions.bytes(of: file.id, version: version) else {
            var messages = DesignerPage.Messages()
            messages.errors = [VersionsPhrase.unknownVersion.text(ui)]
            return versionsPage(request, file: file, current: current, messages: messages, status: .notFound)
        }
        let restored = Survey.load(bytes: bytes, file: file.name).survey
        let diff = current.survey.flatMap { now in restored.map { DefinitionDiff(old: now, new: $0) } }
        let title = VersionsPhrase.restoreTitle.text(ui)
        let frame = DesignerPage(
            ui: ui,
            crumbs: crumbs(
                file, ui,
                [
                    DesignerPage.Crumb(
                        text: VersionsPhrase.versions.text(ui),
                        href: DesignerPage.address("/admin/designer/\(file.id)/versions", ui: ui)),
                    DesignerPage.Crumb(text: title),
                ]))
        let csrf = csrf(request)
        return designerPage(request, frame, title: title) { html in
            if let diff {
                if diff.isEmpty {
                    html.element("p", text: VersionsPhrase.restoreNothing.text(ui))
                } else {
                    html.element("p", text: VersionsPhrase.restoreIntro.text(ui))
                    VersionsDiffList(diff: diff, headingIsNested: false).render(into: &html, ui: ui)
                }
            } else {
                html.element("p", text: VersionsPhrase.doesNotLoad.text(ui))
            }
            HiddenFields.postForm(
                to: DesignerPage.address("/admin/designer/\(file.id)/versions", ui: ui), csrf: csrf, into: &html
            ) { html in
                for (name, value) in [(DesignerForm.versionField, current.baseVersion), ("restore", version)] {
                    html.void(
                        "input",
                        [HTMLAttribute("type", "hidden"), HTMLAttribute("name", name), HTMLAttribute("value", value)])
                }
                html.element(
                    "button", [HTMLAttribute("type", "submit")], text: VersionsPhrase.restoreButton.text(ui))
            }
        }
    }

    private func restore(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try DesignerController(area: area).definitionFile(request)
        let ui = LanguageChoice.ui(request)
        let form = try checkedForm(request)
        let version = form["restore"] ?? ""
        guard (try? services.definitions.bytes(of: file.id, version: version)) != nil else {
            let (current, _) = try designerDocument(request, file: file)
            var messages = DesignerPage.Messages()
            messages.errors = [VersionsPhrase.unknownVersion.text(ui)]
            return versionsPage(request, file: file, current: current, messages: messages, status: .notFound)
        }
        let outcome = try designerChange(request, file: file) { change, author throws(DefinitionFileError) in
            try change.restore(
                id: file.id, version: version, baseVersion: form[DesignerForm.versionField] ?? "",
                confirmed: form[DesignerForm.confirmField] == "1", author: author)
        }
        let submission = DesignerSubmission(fields: form.fields) { _ in [] }
        return answerDesignerChange(
            outcome, request, file: file, submission: submission, audited: .definitionRestored,
            next: { _ in DesignerPage.address("/admin/designer/\(file.id)/versions", ui: ui) }
        ) { document, messages, status in
            var messages = messages
            messages.errors += document.errors.map { $0.message }
            let current = (try? services.definitions.current(id: file.id)).map {
                DesignerDocument(bytes: $0.bytes, version: $0.version, ui: ui)
            }
            return versionsPage(request, file: file, current: current ?? document, messages: messages, status: status)
        }
    }

    private func crumbs(_ file: DefinitionFile, _ ui: UILanguage, _ rest: [DesignerPage.Crumb]) -> [DesignerPage.Crumb]
    {
        DesignerPage.crumbs(
            survey: (file.id, file.title(ui)), ui: ui, rest)
    }
}
