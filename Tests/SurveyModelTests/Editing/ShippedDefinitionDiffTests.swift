import Foundation
import Testing

@testable import SurveyModel

/// The shipped surveys against themselves and against copies laid out differently: no changes.
@Suite struct ShippedDefinitionDiffTests {
    static let ids = ["fortbildung-feedback", "digitale-bildung"]

    func shipped(_ id: String) throws -> (bytes: Data, survey: Survey) {
        let path = RepositoryPaths.path("surveys/\(id).json")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        return (bytes, try #require(Survey.load(path: path).survey))
    }

    @Test(arguments: ids) func againstItselfHasNoChanges(id: String) throws {
        let survey = try shipped(id).survey
        #expect(DefinitionDiff(old: survey, new: survey).changes == [])
    }

    /// Keys sorted, another indentation, escaped non-ASCII: the same survey.
    @Test(arguments: ids) func againstAReformattedCopyHasNoChanges(id: String) throws {
        let (bytes, survey) = try shipped(id)
        let object = try JSONSerialization.jsonObject(with: bytes)
        let reformatted = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .prettyPrinted])
        #expect(reformatted != bytes)
        let copy = try #require(Survey.load(bytes: Array(reformatted), file: "\(id).json").survey)
        #expect(DefinitionDiff(old: survey, new: copy).changes == [])
    }
}
