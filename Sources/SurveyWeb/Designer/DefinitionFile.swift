import Foundation
import SurveyModel

/// One definition file in the surveys folder, with what the catalog made of it.
///
/// The designer lists the folder itself rather than the catalog's surveys, so that a file that never
/// loaded is listed too, with its diagnostics, and the time of the last change is the file's own.
struct DefinitionFile: Sendable {
    /// The file name, `<id>.json`.
    let name: String
    /// When the file was last changed, if the file system says.
    let modified: Date?
    /// The survey online from this file; nil when it never loaded (or not yet).
    let entry: SurveyEntry?
    /// Why the file is not online; empty when it is, or when the catalog has not read it yet.
    let problems: [Diagnostic]

    /// The name without `.json`: the survey id the file must declare.
    var id: String { String(name.dropLast(".json".count)) }

    /// How pages name the file: the survey's title online, else the file name.
    func title(_ ui: UILanguage) -> String {
        entry?.survey.title.text(in: ui.rawValue) ?? name
    }

    /// Whether the name is a survey id, and so can stand in the designer's addresses.
    var isAddressable: Bool { Identifier.isSurveyID(id) }

    /// Where the file stands.
    enum State: Equatable {
        case online(SurveyEntry.Schedule)
        /// The file has errors and no earlier version of it is online.
        case failed
        /// The catalog has not read the file yet (it reads changes every two seconds).
        case notLoaded
    }

    func state(at instant: Date) -> State {
        if let entry { return .online(entry.schedule(at: instant)) }
        return problems.isEmpty ? .notLoaded : .failed
    }

    /// Every `*.json` file of the catalog's folder, by name.
    static func all(in catalog: SurveyCatalog) -> [DefinitionFile] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: catalog.surveysFolder)) ?? []
        let failures = catalog.failures
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { name in
            file(named: name, in: catalog, failures: failures)
        }
    }

    /// The file of survey `id`, if the folder has it; nil for an id that is not a survey id.
    static func named(_ id: String, in catalog: SurveyCatalog) -> DefinitionFile? {
        guard Identifier.isSurveyID(id), FileManager.default.fileExists(atPath: path(of: id + ".json", catalog))
        else { return nil }
        return file(named: id + ".json", in: catalog, failures: catalog.failures)
    }

    /// The file's bytes, or nil when it cannot be read.
    func contents(in catalog: SurveyCatalog) -> [UInt8]? {
        FileManager.default.contents(atPath: Self.path(of: name, catalog)).map { [UInt8]($0) }
    }

    private static func path(of name: String, _ catalog: SurveyCatalog) -> String {
        catalog.surveysFolder + "/" + name
    }

    private static func file(
        named name: String, in catalog: SurveyCatalog, failures: [String: [Diagnostic]]
    ) -> DefinitionFile {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path(of: name, catalog))
        let id = String(name.dropLast(".json".count))
        // The catalog names a survey by the id inside the file, which a loaded file shares with its name.
        let entry = Identifier.isSurveyID(id) ? catalog.entry(id) : nil
        return DefinitionFile(
            name: name, modified: attributes?[.modificationDate] as? Date, entry: entry,
            problems: entry == nil ? failures[name] ?? [] : entry?.brokenEdit ?? [])
    }
}
