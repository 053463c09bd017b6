import Foundation
import Testing

@testable import SurveyModel

/// `docs/survey-format.md` describes every key and value the loader accepts.
struct FormatDocumentationTests {
    static let words: [String] = {
        let tables =
            DefinitionKeys.survey + DefinitionKeys.participantField + DefinitionKeys.page + DefinitionKeys.option
            + DefinitionKeys.row + DefinitionKeys.scale + DefinitionKeys.rule + DefinitionKeys.booleanLabels
            + DefinitionKeys.report + DefinitionKeys.reportSection + DefinitionKeys.mail + DefinitionKeys.mailTemplate
            + QuestionType.allCases.flatMap(DefinitionKeys.question)
        let values =
            QuestionType.allCases.map(\.rawValue) + AccessMode.allCases.map(\.rawValue)
            + ChoiceDisplay.allCases.map(\.rawValue) + TextFormat.allCases.map(\.rawValue)
        var seen = Set<String>()
        return (tables + values).filter { seen.insert($0).inserted }
    }()

    @Test func mentionsEveryKeyAndValue() throws {
        let path = RepositoryPaths.path("docs/survey-format.md")
        let text = try #require(FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) })
        let missing = Self.words.filter { !text.contains("`\($0)`") && !text.contains("`\"\($0)\"`") }
        #expect(missing == [])
    }
}
