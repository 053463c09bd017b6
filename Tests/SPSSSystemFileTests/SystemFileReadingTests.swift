import CSVCodec
import Foundation
import SPSSSystemFile
import TestSupport
import Testing

/// PSPP reads what the writer writes: names, labels, missing values, measurement levels and every
/// cell, plain and compressed.
@Suite(.requires(.pspp)) struct SystemFileReadingTests {
    static let created = SystemFileWriter.Created(year: 2026, month: 12, day: 5, hour: 4, minute: 30, second: 9)
    static let longText = String(repeating: "Größe ✓ 😀 ", count: 60)

    static let variables = [
        SystemFileVariable(
            name: "Schulart_Name", label: "Welche Schulart? „Grundschule“ & Co.",
            content: .text(
                width: 16,
                valueLabels: [.init(value: "gs", label: "Grundschule"), .init(value: "gym_oberst", label: "Gymnasium")]),
            measure: .nominal),
        SystemFileVariable(
            name: "code", content: .text(width: 3, valueLabels: [.init(value: "ja", label: "Ja, gern")]),
            measure: .nominal),
        SystemFileVariable(
            name: "zufriedenheit", label: "Zufriedenheit",
            content: .number(
                .fixed(width: 2, decimals: 0), missingValues: [-1],
                valueLabels: [.init(value: -1, label: "keine Angabe"), .init(value: 5, label: "sehr zufrieden")]),
            measure: .ordinal),
        SystemFileVariable(name: "betrag", content: .number(.fixed(width: 12, decimals: 5)), measure: .scale),
        SystemFileVariable(name: "stichtag", content: .number(.date), measure: .scale),
        SystemFileVariable(name: "anmerkungen", content: .text(width: longText.utf8.count), measure: .nominal),
    ]

    static let rows: [[SystemFileCell]] = [
        [
            .text("gs"), .text("ja"), .number(5), .number(-2.5), .number(SPSSTime.seconds(daysSince1970: 20_784)),
            .text(longText),
        ],
        [.text("Ünïcödé 😀"), .missing, .number(-1), .number(123_456.75), .missing, .text("kurz")],
        [.missing, .text("x"), .missing, .number(1e-5), .number(SPSSTime.seconds(daysSince1970: 0)), .missing],
    ]

    @Test(arguments: [false, true]) func psppReadsEveryCell(compressed: Bool) throws {
        let file = try SystemFileWriter(
            variables: Self.variables, fileLabel: "Testdatei", created: Self.created,
            compressed: compressed
        ).write(rows: Self.rows)
        #expect(file.warnings.isEmpty)
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sav-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let sav = directory.appendingPathComponent("test.sav").path
        let csv = directory.appendingPathComponent("test.csv").path
        try Data(file.bytes).write(to: URL(fileURLWithPath: sav))
        let outcome = try #require(
            try ExternalTool.pspp.run(
                script: """
                    GET FILE='\(sav)'.
                    DISPLAY DICTIONARY.
                    DISPLAY FILE LABEL.
                    SAVE TRANSLATE /OUTFILE='\(csv)' /TYPE=CSV /FIELDNAMES /REPLACE
                      /TEXTOPTIONS FORMAT=PLAIN DECIMAL=DOT.
                    """, fileExtension: "sps"))
        #expect(outcome.status == 0, "\(outcome.output)")
        #expect(!outcome.output.contains("arning"), "\(outcome.output)")
        for expected in [
            "Schulart_Name", "Welche Schulart? „Grundschule“ & Co.", "Grundschule", "gym_oberst", "Ja, gern",
            "Ordinal", "sehr zufrieden", "keine Angabe", "DATE11", "A\(Self.longText.utf8.count)", "Testdatei",
        ] {
            #expect(outcome.output.contains(expected), "\(expected) missing in \(outcome.output)")
        }
        #expect(outcome.output.range(of: #"-1\[a\]\s*\|keine Angabe"#, options: .regularExpression) != nil)
        let table = try CSVReader.read(Array(try Data(contentsOf: URL(fileURLWithPath: csv))))
        #expect(table.header == Self.variables.map(\.name))
        // PSPP writes system-missing numbers as one space.
        let expected = [
            ["gs", "ja", "5", "-2.5", "11/27/2026", Self.longText.trimmingSuffix],
            ["Ünïcödé 😀", "", "-1", "123456.75", " ", "kurz"],
            ["", "x", " ", "1e-05", "01/01/1970", ""],
        ]
        #expect(table.rows.map(\.fields) == expected)
    }

    /// Texts longer than their variable are cut between characters, with a warning.
    @Test func textLongerThanItsVariableIsCut() throws {
        let variable = SystemFileVariable(name: "t", content: .text(width: 5), measure: .nominal)
        let file = try SystemFileWriter(variables: [variable], created: Self.created).write(rows: [[.text("abcä😀")]])
        #expect(file.warnings == [.textCut(variable: "t", row: 1, bytes: 9, width: 5)])
    }

    /// Wrong input is an error that says where, never a crash.
    @Test func badInputIsAnError() throws {
        #expect(throws: SystemFileError.invalidName("1x")) {
            try SystemFileWriter(
                variables: [.init(name: "1x", content: .number(.date), measure: .scale)], created: Self.created)
        }
        #expect(throws: SystemFileError.duplicateName("A")) {
            try SystemFileWriter(
                variables: [
                    .init(name: "a", content: .number(.date), measure: .scale),
                    .init(name: "A", content: .number(.date), measure: .scale),
                ], created: Self.created)
        }
        let writer = try SystemFileWriter(
            variables: [.init(name: "a", content: .number(.date), measure: .scale)], created: Self.created)
        #expect(throws: SystemFileError.cellType(row: 2, variable: "a")) {
            try writer.write(rows: [[.missing], [.text("x")]])
        }
        #expect(throws: SystemFileError.rowLength(row: 1, expected: 1, found: 2)) {
            try writer.write(rows: [[.missing, .missing]])
        }
    }
}

extension String {
    /// The text without the spaces at its end, as SPSS gives strings back.
    var trimmingSuffix: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
