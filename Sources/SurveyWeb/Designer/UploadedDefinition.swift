import HTTPServer
import StrictJSON
import SurveyModel

/// A definition uploaded as a JSON file, read and loaded before anything is saved.
///
/// The file comes as the multipart part `file`; after a confirmation the same text comes back as the
/// field `definition`, so the person need not choose the file again. Diagnostics carry the line and
/// column in the uploaded file, as the person wrote it (the saved file is then written canonically).
enum UploadedDefinition {
    /// The largest file accepted; the routes take a little more, so a larger file gets this message.
    static let sizeLimit = 1 << 20
    static let bodyLimit = 2 << 20
    /// The field that carries the file's text when a confirmation posts it again.
    static let textField = "definition"

    /// The JSON of a file that loads as survey `expectedID` (for a new survey: as the id it declares),
    /// or the messages that say why not.
    static func read(_ form: MultipartForm, expectedID: String?, ui: UILanguage) -> Result<
        (json: JSON, text: String), Problems
    > {
        let file = form.part("file").map(\.body).flatMap { $0.isEmpty ? nil : $0 }
        guard let bytes = file ?? form[textField].map({ Array($0.utf8) }), !bytes.isEmpty else {
            return .failure(Problems([VersionsPhrase.noFile.text(ui)]))
        }
        guard bytes.count <= sizeLimit else {
            return .failure(Problems([VersionsPhrase.fileTooLarge(sizeLimit / 1024).text(ui)]))
        }
        let declared = (try? JSONDocument(parsing: bytes)).flatMap { JSON($0.root)["id"]?.string }
        if let expectedID, let declared, declared != expectedID {
            return .failure(Problems([VersionsPhrase.idMismatch(file: declared, expected: expectedID).text(ui)]))
        }
        // The loader checks the id against the file name, which is the id's own.
        let name = (expectedID ?? declared ?? "upload") + ".json"
        let loaded = Survey.load(bytes: bytes, file: name)
        let errors = loaded.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, loaded.survey != nil, let document = try? JSONDocument(parsing: bytes) else {
            return .failure(
                Problems([VersionsPhrase.notLoaded.text(ui)] + errors.map { DesignerPhrase.problem($0, ui) }))
        }
        return .success((JSON(document.root), String(decoding: bytes, as: UTF8.self)))
    }

    /// Why an upload was not saved, one message each.
    struct Problems: Error {
        let messages: [String]
        init(_ messages: [String]) { self.messages = messages }
    }
}
