import Foundation
import SurveyConversion
import TestSupport
import Testing

/// Whole conversions as reviewed files: the definition and the warnings in both languages, so a
/// change to the mapping shows up as a diff of what an office would get.
struct LimeSurveyGoldenTests {
    static let golden = GoldenFiles(
        folder: LimeSurveyFixtureTests.folder.deletingLastPathComponent().appendingPathComponent("golden"))

    @Test(arguments: ["ls205_group_relevance", "limesurvey_survey_demo"])
    func conversionMatchesTheReviewedFiles(name: String) throws {
        let conversion = try LimeSurveyFixtureTests.convert(name)
        Self.golden.expect(String(decoding: conversion.bytes, as: UTF8.self), matches: "\(name).json")
        let warnings = ["en", "de"].map { language in
            conversion.warnings.map { $0.text(in: language) + "\n" }.joined()
        }
        Self.golden.expect(warnings.joined(separator: "\n"), matches: "\(name).warnings.txt")
    }
}
