import Foundation
import HTTPServer
import StrictJSON
import SurveyModel
import SurveyStore

/// Starting a survey: blank, as a new wave of an existing one, from a template (the surveys in the
/// folder), or from an uploaded JSON file.
///
/// The new definition is loaded before it is written (in the canonical layout, through
/// ``DefinitionFiles/create(id:json:author:)``), is online at once and audited as `definition-created`;
/// whether respondents reach it is up to its dates.
struct NewSurveyController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/designer/new") { request in newSurveyPage(request, entries: .init()) }
            staff.post("/designer/new") { request in Interruption.answer { try create(request) } }
            staff.post("/designer/new/upload", bodyLimit: UploadedDefinition.bodyLimit) { request in
                Interruption.answer { try createFromUpload(request) }
            }
        }
    }

    private func newSurveyPage(
        _ request: HTTPRequest, entries: NewSurveyPage.Entries, status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let loaded = DefinitionFile.all(in: services.catalog).compactMap { file in
            file.entry.map { (id: file.id, title: $0.survey.title.text(in: ui.rawValue)) }
        }
        let page = NewSurveyPage(
            ui: ui, surveys: loaded, templates: templates().map { (id: $0.id, title: $0.title) }, csrf: csrf(request),
            entries: entries, uploadLimit: UploadedDefinition.sizeLimit)
        let title = VersionsPhrase.newSurvey.text(ui)
        var frame = DesignerPage(ui: ui, crumbs: DesignerPage.crumbs(ui: ui, [DesignerPage.Crumb(text: title)]))
        frame.fieldProblems = entries.errors.sorted { $0.key < $1.key }.flatMap { name, messages in
            messages.map {
                DesignerPage.FieldProblem(path: NewSurveyPage.path(name), label: Self.label(of: name, ui), message: $0)
            }
        }
        return designerPage(request, frame, title: title, status: status) { html in page.render(into: &html) }
    }

    /// The shipped surveys offered as templates: the definitions in the surveys folder.
    private func templates() -> [DefinitionTemplate.Shipped] {
        DefinitionTemplate.shipped(in: services.catalog.surveysFolder)
    }

    private func create(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let form = try checkedForm(request)
        let way = NewSurveyPage.Way(rawValue: form["kind"] ?? "") ?? .blank
        var entries = NewSurveyPage.Entries()
        for (name, value) in form where name.hasPrefix(way.rawValue + ".") {
            entries.values[name] =
                name == "blank.languages"
                ? [entries.values[name], value].compactMap { $0 }
                    .joined(separator: ",") : value
        }
        let field = { (name: String) in way.rawValue + "." + name }
        let id = (entries.values[field("id")] ?? "").trimmingCharacters(in: .whitespaces)
        var errors: [String: [String]] = [:]
        if let problem = idProblem(id, ui) { errors[field("id")] = [problem] }
        let definition: JSON?
        switch way {
        case .blank:
            let title = (entries.values["blank.title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let languages = (entries.values["blank.languages"] ?? "").split(separator: ",").map(String.init)
                .filter(NewSurveyPage.languages.contains)
            if title.isEmpty { errors["blank.title"] = [VersionsPhrase.titleMissing.text(ui)] }
            if languages.isEmpty { errors["blank.languages"] = [VersionsPhrase.languagesInvalid.text(ui)] }
            definition = DefinitionTemplate.blank(id: id, title: title, languages: languages)
        case .wave:
            let source = entries.values["wave.source"] ?? ""
            let bytes = DefinitionFile.named(source, in: services.catalog)?.contents(in: services.catalog)
            guard let bytes, let document = try? JSONDocument(parsing: bytes) else {
                errors["wave.source"] = [VersionsPhrase.sourceMissing.text(ui)]
                definition = nil
                break
            }
            let opens = Self.date(entries.values["wave.opens"], field: "wave.opens", ui, &errors)
            let closes = Self.date(entries.values["wave.closes"], field: "wave.closes", ui, &errors)
            definition = DefinitionTemplate.wave(
                of: JSON(document.root), id: id, opens: opens, closes: closes,
                titleSuffix: entries.values["wave.titleSuffix"])
        case .template:
            let source = entries.values["template.source"] ?? ""
            guard let template = templates().first(where: { $0.id == source }) else {
                errors["template.source"] = [VersionsPhrase.sourceMissing.text(ui)]
                definition = nil
                break
            }
            var copy = DefinitionTemplate.wave(of: template.definition, id: id, opens: nil, closes: nil)
            let title = (entries.values["template.title"] ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if !title.isEmpty, let languages = copy["languages"]?.elements?.compactMap(\.string) {
                copy =
                    (try? DefinitionEdit.set(
                        .root.appending("title"),
                        .object(languages.map { JSONField(key: $0, value: .string(title)) })
                    ).apply(to: copy)) ?? copy
            }
            definition = copy
        }
        guard errors.isEmpty, let definition else {
            entries.errors = errors
            return newSurveyPage(request, entries: entries, status: .unprocessableContent)
        }
        let wouldBe = DesignerDocument(json: definition, baseVersion: "", ui: ui)
        guard wouldBe.errors.isEmpty else {
            // A wave of a survey that does not load as the loader now reads it: its problems, in words.
            entries.errors[field("id")] = wouldBe.errors.map { $0.message }
            return newSurveyPage(request, entries: entries, status: .unprocessableContent)
        }
        return try save(request, id: id, definition: definition) { message in
            entries.errors[field("id")] = [message]
            return newSurveyPage(request, entries: entries, status: .unprocessableContent)
        }
    }

    private func createFromUpload(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        guard let form = try? request.multipartForm() else { throw formExpired(ui) }
        var entries = NewSurveyPage.Entries()
        switch UploadedDefinition.read(form, expectedID: nil, ui: ui) {
        case .failure(let problems):
            entries.errors["upload.file"] = problems.messages
            return newSurveyPage(request, entries: entries, status: .unprocessableContent)
        case .success(let upload):
            let id = upload.json["id"]?.string ?? ""
            if let problem = idProblem(id, ui) {
                entries.errors["upload.file"] = [problem]
                return newSurveyPage(request, entries: entries, status: .unprocessableContent)
            }
            return try save(request, id: id, definition: upload.json) { message in
                entries.errors["upload.file"] = [message]
                return newSurveyPage(request, entries: entries, status: .unprocessableContent)
            }
        }
    }

    /// Writes the new definition, puts it online and leads to its overview.
    private func save(
        _ request: HTTPRequest, id: String, definition: JSON, refused: (String) -> HTTPResponse
    ) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        do {
            try services.definitions.create(id: id, json: definition, author: request.officeIdentity?.userID ?? "")
        } catch .exists {
            return refused(VersionsPhrase.idTaken(id).text(ui))
        } catch {
            throw .respond(
                services.message(
                    .errorTitle, [DesignerPhrase.saveFailed(String(describing: error)).text(ui)], ui: ui,
                    status: .internalServerError))
        }
        services.catalog.reload()
        audit(.definitionCreated, request, object: id + ".json")
        return services.redirect(
            DesignerPage.address("/admin/designer/\(id)", ui: ui) + (ui == .de ? "?" : "&") + "saved=1")
    }

    private func idProblem(_ id: String, _ ui: UILanguage) -> String? {
        if id == "new" { return VersionsPhrase.idReserved.text(ui) }
        guard Identifier.isSurveyID(id) else { return VersionsPhrase.idInvalid(id).text(ui) }
        return DefinitionFile.named(id, in: services.catalog) == nil ? nil : VersionsPhrase.idTaken(id).text(ui)
    }

    /// A date field: empty is no date; anything else must read as `YYYY-MM-DD`.
    private static func date(
        _ text: String?, field: String, _ ui: UILanguage, _ errors: inout [String: [String]]
    ) -> String? {
        let text = (text ?? "").trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return nil }
        guard CalendarDate(iso: text) != nil else {
            errors[field] = [VersionsPhrase.dateInvalid(text).text(ui)]
            return nil
        }
        return text
    }

    private static func label(of name: String, _ ui: UILanguage) -> String {
        let phrase: VersionsPhrase =
            switch name.split(separator: ".").last {
            case "title": .newTitle
            case "languages": .newLanguages
            case "source": name.hasPrefix("template") ? .newTemplateSource : .newSource
            case "opens": .newOpens
            case "closes": .newCloses
            case "titleSuffix": .newTitleSuffix
            case "file": .uploadFile
            default: .newID
            }
        return phrase.text(ui)
    }
}
