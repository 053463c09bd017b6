import Foundation
import StrictJSON
import Suggestions

/// Reads a parsed definition into the model, collecting every problem on the way.
///
/// The reader never stops at the first problem: each part of the definition is
/// checked on its own, with defaults standing in for broken parts, so one run
/// reports everything. A survey is built only when no error was found.
struct DefinitionReader {
    let document: JSONDocument
    /// The file as the caller named it, used in every diagnostic.
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// The survey's languages, read before any text.
    var languages: [String] = []
    /// False when `languages` itself is broken; texts are then not checked against it.
    var languagesAreValid = true
    /// Expressions waiting for the checks that need the whole survey.
    var pendingExpressions: [PendingExpression] = []
    /// Where each question id was first defined, for duplicate checks.
    var questionIDs: [String: SourceLocation] = [:]
    /// The position in the survey and the page index of every question id.
    var questionOrder: [String: (position: Int, page: Int)] = [:]
    /// Questions with errors of their own; expressions reading them are type-checked once they are fixed.
    var incompleteQuestions = Set<String>()

    /// Positions of values and diagnostics, and source lines for excerpts.
    private let locator: SourceLocator

    init(document: JSONDocument, file: String) {
        self.document = document
        self.file = file
        locator = document.locator
    }

    /// The line and column where `value` starts.
    func locate(_ value: JSONValue) -> SourceLocation {
        locator.location(ofOffset: value.offset)
    }

    /// Whether an error has been reported.
    var hasErrors: Bool { errorCount > 0 }

    /// The number of errors reported so far.
    private(set) var errorCount = 0

    /// Records a problem at a byte offset of the file.
    mutating func report(_ severity: Diagnostic.Severity, _ message: DiagnosticMessage, at offset: Int) {
        if severity == .error { errorCount += 1 }
        let location = locator.location(ofOffset: offset)
        diagnostics.append(
            Diagnostic(
                file: file, location: location, severity: severity, text: message,
                lineText: locator.lineText(location.line)))
    }

    /// Records an error at a byte offset of the file.
    mutating func error(_ message: DiagnosticMessage, at offset: Int) {
        report(.error, message, at: offset)
    }

    /// Reads the whole definition; the survey is nil when any error was found.
    mutating func read() -> Survey? {
        guard let fields = object(document.root, place: DiagnosticMessage(.placeSurvey), keys: DefinitionKeys.survey)
        else {
            return nil
        }
        languages = readLanguages(fields)
        if let schema = fields["$schema"] { _ = string(schema, what: DiagnosticMessage(.placeTopLevelKey, "$schema")) }
        let id = readSurveyID(fields)
        let title = requiredText(fields, "title")
        let description = optionalText(fields, "description")
        let privacy = optionalText(fields, "privacy")
        let access = enumeration(fields, "access", AccessMode.self, required: true) ?? .token
        let anonymous = bool(fields, "anonymous") ?? false
        let publicQuestionnaire = bool(fields, "publicQuestionnaire") ?? (access == .public)
        let timeZone = readTimeZone(fields)
        let (opens, closes) = readSchedule(fields, timeZone: timeZone)
        let participantFields = readParticipantFields(fields)
        let pages = readPages(fields)
        let (report, reportSettings) = readReport(fields, pages: pages)
        checkExpressions(pages: pages, participantFields: participantFields)
        let mail = readMail(fields, participantFields: participantFields, hasClosingDate: closes != nil)

        guard !hasErrors, let title else { return nil }
        return Survey(
            id: id, title: title, description: description, privacy: privacy, languages: languages,
            access: access, anonymous: anonymous, publicQuestionnaire: publicQuestionnaire, opens: opens,
            closes: closes, timeZone: timeZone,
            participantFields: participantFields, pages: pages, report: report,
            reportSettings: reportSettings, mail: mail)
    }

    /// The diagnostics in file order; diagnostics at the same place keep the order they were found in.
    var sortedDiagnostics: [Diagnostic] {
        diagnostics.enumerated()
            .sorted { ($0.element.location, $0.offset) < ($1.element.location, $1.offset) }
            .map(\.element)
    }

    private mutating func readLanguages(_ fields: ObjectFields) -> [String] {
        guard let value = fields["languages"] else { return ["de"] }
        guard let elements = array(value, what: DiagnosticMessage(.placeTopLevelKey, "languages")) else {
            return ["de"]
        }
        var codes: [String] = []
        for element in elements {
            guard
                let code = string(
                    element,
                    what: DiagnosticMessage(
                        .placeEachEntry, parts: [.phrase(DiagnosticMessage(.placeTopLevelKey, "languages"))]))
            else { continue }
            if !LanguageCodes.all.contains(code) {
                languagesAreValid = false
                let message =
                    LanguageCodes.code(named: code).map { DiagnosticMessage(.languageCodeNamed, code, $0) }
                    ?? DiagnosticMessage(.languageCodeUnknown, code)
                error(message, at: element.offset)
            } else if codes.contains(code) {
                error(DiagnosticMessage(.languageListedTwice, code), at: element.offset)
            } else {
                codes.append(code)
            }
        }
        if elements.isEmpty {
            error(DiagnosticMessage(.languagesEmpty), at: value.offset)
        }
        return codes.isEmpty ? ["de"] : codes
    }

    private mutating func readSurveyID(_ fields: ObjectFields) -> String {
        guard let value = required(fields, "id"),
            let id = string(value, what: Self.place("id", of: DiagnosticMessage(.placeSurvey)))
        else {
            return ""
        }
        let stem = Self.fileStem(file)
        if !Identifier.isSurveyID(id) {
            error(DiagnosticMessage(.surveyIDPattern, id), at: value.offset)
        } else if id != stem {
            error(DiagnosticMessage(.surveyIDFileName, id, stem), at: value.offset)
        }
        return id
    }

    private mutating func readTimeZone(_ fields: ObjectFields) -> TimeZone {
        let berlin = TimeZone(identifier: "Europe/Berlin") ?? .gmt
        guard let value = fields["timeZone"],
            let name = string(value, what: DiagnosticMessage(.placeTopLevelKey, "timeZone"))
        else { return berlin }
        guard let zone = TimeZone(identifier: name) else {
            let message =
                closestMatch(to: name, among: TimeZone.knownTimeZoneIdentifiers)
                .map { DiagnosticMessage(.timeZoneMisspelled, name, $0) } ?? DiagnosticMessage(.timeZoneUnknown, name)
            error(message, at: value.offset)
            return berlin
        }
        return zone
    }

    private mutating func readSchedule(_ fields: ObjectFields, timeZone: TimeZone) -> (Date?, Date?) {
        func instant(_ key: String, endOfDay: Bool) -> (Date, JSONValue)? {
            guard let value = fields[key], let text = string(value, what: DiagnosticMessage(.placeTopLevelKey, key))
            else { return nil }
            guard let date = ScheduleTime.parse(text, timeZone: timeZone, endOfDay: endOfDay) else {
                error(DiagnosticMessage(.scheduleNotADate, key, text), at: value.offset)
                return nil
            }
            return (date, value)
        }
        let opens = instant("opens", endOfDay: false)
        let closes = instant("closes", endOfDay: true)
        if let opens, let closes, opens.0 >= closes.0 {
            error(DiagnosticMessage(.scheduleClosesBeforeOpens), at: closes.1.offset)
        }
        return (opens?.0, closes?.0)
    }

    /// The file name without folders and without `.json`.
    static func fileStem(_ file: String) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
}
