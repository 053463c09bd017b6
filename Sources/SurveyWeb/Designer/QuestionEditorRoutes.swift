import HTTPServer
import StrictJSON
import SurveyModel
import SurveyStore

/// The question editor's address, `/admin/designer/:survey/questions/:questionID`: the form (GET) and
/// its saving (POST). After a rename the editor follows the question to its new id.
extension DesignerController {
    func registerQuestionEditor(on staff: inout RouteGroup) {
        staff.get("/designer/:survey/questions/:questionID") { request in
            Interruption.answer { try showQuestion(request) }
        }
        staff.post("/designer/:survey/questions/:questionID", bodyLimit: Self.formBodyLimit) { request in
            Interruption.answer { try saveQuestion(request) }
        }
    }

    private func showQuestion(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        var (document, messages) = try designerDocument(request, file: file)
        if let dropped = (try? request.queryItems())?["dropped"], !dropped.isEmpty {
            messages.warnings.append(QuestionEditorPhrase.droppedKeys(dropped).text(LanguageChoice.ui(request)))
        }
        let address = try questionAddress(request, in: document)
        return questionPage(request, file: file, document: document, at: address, messages: messages, status: .ok)
    }

    private func saveQuestion(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let file = try definitionFile(request)
        let ui = LanguageChoice.ui(request)
        let (before, _) = try designerDocument(request, file: file)
        let address = try questionAddress(request, in: before)
        return try saveDesignerForm(request, file: file) { created in
            let saved = (try? services.definitions.current(id: file.id)).flatMap {
                try? JSONDocument(parsing: $0.bytes)
            }
            .map { JSON($0.root) }
            let question = saved?.value(at: address.path)
            let id = question?["id"]?.string ?? request.parameters["questionID"] ?? ""
            let dropped = Self.droppedKeys(before.json.value(at: address.path), question)
            var location = Self.questionAddress(survey: file.id, question: id)
            if !dropped.isEmpty { location += "?dropped=" + dropped.map(URLEncodedForm.encode).joined(separator: ",") }
            return DesignerPage.address(location, ui: ui) + (created.map { "#" + DesignerField.id(of: $0) } ?? "")
        } show: { document, messages, status in
            // The question keeps its place in the would-be definition, even under a new id that did not load.
            questionPage(request, file: file, document: document, at: address, messages: messages, status: status)
        }
    }

    /// The address of a question's editor; the id is one percent-encoded segment, since a hand-written
    /// file may give a question any id, `?`, `#` and `/` included.
    static func questionAddress(survey: String, question: String) -> String {
        "/admin/designer/\(survey)/questions/" + PercentEncoding.pathSegment(question)
    }

    /// The keys the question had before and has no longer, after a change of its type.
    private static func droppedKeys(_ old: JSON?, _ new: JSON?) -> [String] {
        guard let old, let new, old["type"] != new["type"] else { return [] }
        let kept = Set((new.fields ?? []).map(\.key))
        return (old.fields ?? []).map(\.key).filter { !kept.contains($0) }
    }

    /// Where the question named in the path stands in `document`; the page saying it is missing otherwise.
    private func questionAddress(_ request: HTTPRequest, in document: DesignerDocument) throws(Interruption)
        -> QuestionAddress
    {
        let ui = LanguageChoice.ui(request)
        let id = request.parameters["questionID"] ?? ""
        for (page, pageJSON) in (document.json["pages"]?.elements ?? []).enumerated() {
            for (index, question) in (pageJSON["questions"]?.elements ?? []).enumerated()
            where question["id"]?.string == id {
                return QuestionAddress(page: page, index: index)
            }
        }
        throw .respond(
            services.message(.notFoundTitle, [QuestionEditorPhrase.questionMissing.text(ui)], ui: ui, status: .notFound)
        )
    }

    private func questionPage(
        _ request: HTTPRequest, file: DefinitionFile, document: DesignerDocument, at address: QuestionAddress,
        messages: DesignerPage.Messages, status: HTTPStatus
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let id = request.parameters["questionID"] ?? ""
        let title = file.title(ui)
        var frame = DesignerPage(
            ui: ui, crumbs: DesignerPage.crumbs(survey: (file.id, title), ui: ui, [.init(text: id)]))
        frame.messages = messages
        let questionPath = address.path
        frame.fieldProblems = document.errors.filter { questionPath.contains($0.path) }.map {
            DesignerPage.FieldProblem(path: $0.path, label: nil, message: $0.message)
        }
        frame.messages.errors += document.errors.filter { !questionPath.contains($0.path) }.map {
            $0.message
        }
        frame.messages.warnings += document.warnings.map { $0.message }
        let page = QuestionEditorPage(
            document: document, survey: document.survey ?? file.entry?.survey, address: address,
            action: DesignerPage.address(Self.questionAddress(survey: file.id, question: id), ui: ui),
            csrf: csrf(request),
            ui: ui)
        return designerPage(request, frame, title: QuestionEditorPhrase.editQuestion(id).text(ui), status: status) {
            html in page.render(into: &html)
        }
    }
}
