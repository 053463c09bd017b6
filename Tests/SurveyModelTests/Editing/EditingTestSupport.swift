import Foundation
import StrictJSON
import Testing

@testable import SurveyModel

/// Loading edited definitions and tracing the loader's diagnostics back to definition paths.
enum EditingTestSupport {
    /// A shipped survey as owned JSON.
    static func shipped(_ id: String) throws -> JSON {
        JSON(try JSONDocument(parsing: shippedBytes(id)).root)
    }

    /// The bytes of a shipped survey file.
    static func shippedBytes(_ id: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: RepositoryPaths.path("surveys/\(id).json"))))
    }

    /// Loads `definition` the way the designer does, under the file name its id asks for.
    static func load(_ definition: JSON) -> SurveyLoadResult {
        let id = definition["id"]?.string ?? "survey"
        return Survey.load(bytes: Array(definition.serialized().utf8), file: "\(id).json")
    }

    /// The errors of loading `definition`, rendered, for failure messages.
    static func errors(_ definition: JSON) -> [String] {
        load(definition).diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    /// Each diagnostic of loading `definition` with the path of the key or value it points at.
    ///
    /// Every diagnostic points at the start of a value, at a key, or inside a string; the place is
    /// the one with the last start at or before the diagnostic, since nothing starts inside a string.
    static func diagnosticPaths(_ definition: JSON) -> [(path: DefinitionPath, diagnostic: Diagnostic)] {
        let text = definition.serialized()
        guard let document = try? JSONDocument(parsing: text) else { return [] }
        var starts: [(StrictJSON.SourceLocation, DefinitionPath)] = []
        func walk(_ value: JSONValue, _ path: DefinitionPath) {
            starts.append((document.location(ofOffset: value.offset), path))
            for member in value.members ?? [] {
                starts.append((document.location(ofOffset: member.keyOffset), path.appending(member.key)))
                walk(member.value, path.appending(member.key))
            }
            for (index, element) in (value.elements ?? []).enumerated() { walk(element, path.appending(index)) }
        }
        walk(document.root, .root)
        starts.sort { $0.0 < $1.0 }
        let id = definition["id"]?.string ?? "survey"
        return Survey.load(bytes: Array(text.utf8), file: "\(id).json").diagnostics.map { diagnostic in
            let place = starts.last { $0.0 <= diagnostic.location }?.1 ?? .root
            return (place, diagnostic)
        }
    }

    /// The diagnostics of `definition` as (path, message id) pairs, for comparing before and after an edit.
    static func problems(_ definition: JSON) -> Set<Problem> {
        Set(diagnosticPaths(definition).map { Problem(path: $0.path, message: $0.diagnostic.text.text(.en)) })
    }

    struct Problem: Hashable, CustomStringConvertible {
        let path: DefinitionPath
        let message: String
        var description: String { "\(path): \(message)" }
    }
}

/// A survey's content without the source positions, which differ whenever the layout does.
struct SurveyContent: Equatable {
    let id: String
    let title: LocalizedText
    let description: LocalizedText?
    let privacy: LocalizedText?
    let languages: [String]
    let access: AccessMode
    let anonymous: Bool
    let publicQuestionnaire: Bool
    let opens: Date?
    let closes: Date?
    let timeZone: TimeZone
    let participantFields: [ParticipantField]
    let pages: [PageContent]
    let report: JSON

    struct PageContent: Equatable {
        let id: String
        let title: LocalizedText
        let description: LocalizedText?
        let visibleIf: SurveyModel.Expression?
        let questions: [QuestionContent]
    }

    struct QuestionContent: Equatable {
        let id: String
        let title: LocalizedText?
        let help: LocalizedText?
        let kind: QuestionKind
        let requirement: Requirement
        let visibleIf: SurveyModel.Expression?
        let rules: [RuleContent]
        let personal: Bool
        let reportSetting: Bool?
    }

    /// The names of the parts that differ, for a failure message that fits on a screen.
    func differences(from other: SurveyContent) -> [String] {
        var names: [String] = []
        if id != other.id || title != other.title || description != other.description || privacy != other.privacy {
            names.append("id, title, description or privacy")
        }
        if languages != other.languages || access != other.access || anonymous != other.anonymous
            || publicQuestionnaire != other.publicQuestionnaire
        {
            names.append("languages or access")
        }
        if opens != other.opens || closes != other.closes || timeZone != other.timeZone { names.append("schedule") }
        if participantFields != other.participantFields { names.append("participantFields") }
        if report != other.report { names.append("report") }
        for (page, otherPage) in zip(pages, other.pages) {
            if page.id != otherPage.id || page.title != otherPage.title || page.visibleIf != otherPage.visibleIf {
                names.append("page \(page.id)")
            }
            for (question, otherQuestion) in zip(page.questions, otherPage.questions) where question != otherQuestion {
                names.append("question \(question.id): \(question) ≠ \(otherQuestion)")
            }
        }
        if pages.count != other.pages.count { names.append("page count") }
        return names
    }

    struct RuleContent: Equatable {
        let expression: SurveyModel.Expression
        let message: LocalizedText
    }

    init(_ survey: Survey) {
        id = survey.id
        title = survey.title
        description = survey.description
        privacy = survey.privacy
        languages = survey.languages
        access = survey.access
        anonymous = survey.anonymous
        publicQuestionnaire = survey.publicQuestionnaire
        opens = survey.opens
        closes = survey.closes
        timeZone = survey.timeZone
        participantFields = survey.participantFields
        report = survey.report
        pages = survey.pages.map { page in
            PageContent(
                id: page.id, title: page.title, description: page.description, visibleIf: page.visibleIf,
                questions: page.questions.map { question in
                    QuestionContent(
                        id: question.id, title: question.title, help: question.help, kind: question.kind,
                        requirement: question.requirement, visibleIf: question.visibleIf,
                        rules: question.rules.map { RuleContent(expression: $0.expression, message: $0.message) },
                        personal: question.personal, reportSetting: question.reportSetting)
                })
        }
    }
}
