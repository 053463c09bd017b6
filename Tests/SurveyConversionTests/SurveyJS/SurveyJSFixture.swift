import Foundation
import StrictJSON
import SurveyConversion
import SurveyModel
import Testing

/// The SurveyJS files under `Fixtures/surveyjs` and small definitions written inline.
enum SurveyJSFixture {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fixtures/surveyjs")

    /// The converted survey files, from real SurveyJS sources (see LICENSE-NOTES.md there).
    static let files = [
        "medical-service.json", "american-history-quiz.json", "nps-feedback.json", "car-details.json",
        "all-question-types.json",
    ]

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func convert(_ name: String) throws -> Conversion {
        try SurveyJSConverter.convert(try bytes(name), id: "umfrage", file: name)
    }

    /// Converts a definition written inline.
    static func convert(json text: String) throws -> Conversion {
        try SurveyJSConverter.convert(Array(text.utf8), id: "umfrage", file: "inline.json")
    }

    /// The converted definition as JSON, for looking at single keys.
    static func definition(_ conversion: Conversion) throws -> JSON {
        JSON(try JSONDocument(parsing: conversion.bytes).root)
    }

    /// The questions of a converted definition, in form order.
    static func questions(_ conversion: Conversion) throws -> [JSON] {
        try definition(conversion)["pages"]?.elements?.flatMap { $0["questions"]?.elements ?? [] } ?? []
    }
}
