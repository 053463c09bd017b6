import Foundation
import StrictJSON

extension Survey {
    /// The largest definition file the loader reads; real surveys are a few hundred kilobytes.
    package static let maximumFileSize = 16 << 20

    /// Loads and checks the definition at `path`.
    ///
    /// - Returns: the survey with its warnings, or every diagnostic found; never only the first.
    public static func load(path: String) -> SurveyLoadResult {
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        let problem: DiagnosticMessage
        if !manager.fileExists(atPath: path, isDirectory: &isFolder) {
            problem = DiagnosticMessage(.fileNotFound)
        } else if isFolder.boolValue {
            problem = DiagnosticMessage(.fileIsFolder)
        } else if let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int, size > maximumFileSize {
            problem = DiagnosticMessage(.fileTooLarge, String(maximumFileSize >> 20))
        } else if let data = manager.contents(atPath: path) {
            return load(bytes: [UInt8](data), file: path)
        } else {
            problem = DiagnosticMessage(.fileUnreadable)
        }
        return .failed([
            Diagnostic(
                file: path, location: SourceLocation(line: 1, column: 1), severity: .error, text: problem,
                lineText: "")
        ])
    }

    /// Loads and checks a definition held in memory.
    /// - Parameters:
    ///   - bytes: the file's content.
    ///   - file: the name diagnostics show; its last component without `.json` must equal the survey id.
    public static func load(bytes: [UInt8], file: String) -> SurveyLoadResult {
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: bytes)
        } catch {
            // The parser steps over some problems (trailing commas), so one run may name several.
            let locator = SourceLocator(bytes)
            return .failed(
                error.all.map { problem in
                    let location = locator.location(ofOffset: problem.offset)
                    return Diagnostic(
                        file: file, location: location, severity: .error, text: DiagnosticMessage(problem),
                        lineText: locator.lineText(location.line))
                })
        }
        var reader = DefinitionReader(document: document, file: file)
        let survey = reader.read()
        let diagnostics = reader.sortedDiagnostics
        guard let survey else { return .failed(diagnostics) }
        return .loaded(survey, warnings: diagnostics)
    }
}
