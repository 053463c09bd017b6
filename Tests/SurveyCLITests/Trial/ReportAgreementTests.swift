import Foundation
import StrictJSON
import Testing

@testable import SurveyCLI
@testable import SurveyEvaluation

/// The report prints the numbers `survey evaluate --format json` gives, cell by cell: every count,
/// percentage, statistic and hidden mark of every table, for the total and every group.
@Suite struct ReportAgreementTests {
    static let variants: [[String]] = [[], ["--by", "schulart"], ["--by", "region"], ["--filter", "ssa_vorhanden"]]

    @Test(arguments: variants)
    func reportTablesEqualTheEvaluation(arguments: [String]) throws {
        try TrialReportTests.withTrialResponses { responses in
            let common = [TrialSurvey.definition, "--responses", responses] + arguments
            let run = Run(["evaluate", "--format", "json", "--lang", "de"] + common)
            #expect(run.code == .success, "\(run.error)")
            let evaluation = try JSON(JSONDocument(parsing: Array(run.out.utf8)).root)
            let folder = try TrialReportTests.report(arguments, responses: responses)
            let report = ReportPage(try String(contentsOfFile: folder + "/index.html", encoding: .utf8))
            guard case .array(let questions) = evaluation["questions"] else {
                Issue.record("no questions in the evaluation")
                return
            }
            var compared = 0
            for question in questions {
                guard let id = question["id"]?.string, let section = report.sections[id] else { continue }
                // A question answered by fewer than the minimum group size has a note instead of figures.
                if section.tables.isEmpty {
                    let answered = Self.number(question["base"]?["answered"]) ?? 0
                    #expect(answered < (Self.number(evaluation["minGroupSize"]) ?? 0), "\(id) shows no table")
                    continue
                }
                compared += Self.compare(question, with: section)
            }
            #expect(report.sections.count >= 12, "the report shows too few questions")
            #expect(compared > 150, "only \(compared) cells compared")
        }
    }

    private static let language = OutputLanguage(code: "de")

    /// Compares every table of one question; returns the number of cells compared.
    private static func compare(_ question: JSON, with section: ReportPage.Section) -> Int {
        let id = question["id"]?.string ?? ""
        let groups = array(question["groups"])
        var compared = 0
        func expect(
            _ table: String, _ row: String, _ cells: [Cell], sourceLocation: Testing.SourceLocation = #_sourceLocation
        ) {
            guard let printed = section.tables[table]?.first(where: { $0.label == row })?.cells else {
                Issue.record("\(id): no row „\(row)“ in table „\(table)“", sourceLocation: sourceLocation)
                return
            }
            #expect(
                Self.agree(printed, cells), "\(id), \(table), \(row): \(printed) printed, \(cells) evaluated",
                sourceLocation: sourceLocation)
            compared += cells.count
        }
        for (key, table) in [("frequencies", "Häufigkeiten"), ("selections", "Anzahl gewählter Optionen")] {
            for (index, frequency) in array(question[key]).enumerated() {
                let groupCells = groups.map { group in
                    let cell = element(array(group[key]), index)
                    return percent(cell?["percent"], reason(cell, group))
                }
                let why = reason(frequency, question)
                expect(
                    table, frequency["label"]?.string ?? "",
                    [count(frequency["count"], why), percent(frequency["percent"], why)] + groupCells)
            }
        }
        if let months = section.tables.first(where: { $0.key.hasPrefix("Antworten je") })?.key {
            for (index, frequency) in array(question["months"]).enumerated() {
                let groupCells = groups.map { group in
                    let cell = element(array(group["months"]), index)
                    return percent(cell?["percent"], reason(cell, group))
                }
                let why = reason(frequency, question)
                expect(
                    months, frequency["label"]?.string ?? "",
                    [count(frequency["count"], why), percent(frequency["percent"], why)] + groupCells)
            }
        }
        for option in array(question["ranking"]) {
            expect(
                "Rangfolge", option["label"]?.string ?? "",
                [
                    figure(option["meanRank"], option["rankedWithheld"]),
                    count(option["ranked"], option["rankedWithheld"]), count(option["first"], reason(option, question)),
                    percent(option["firstPercent"], reason(option, question)),
                ])
        }
        for row in array(question["rows"]) {
            let cells = array(row["frequencies"]).map { percent($0["percent"], reason($0, row)) }
            expect("Häufigkeiten je Aussage (Prozent der Beantwortenden)", row["title"]?.string ?? "", cells)
            if let stats = row["stats"], case .object = stats {
                expect("Kennwerte je Aussage", row["title"]?.string ?? "", [count(stats["n"]), figure(stats["mean"])])
            }
        }
        if let stats = question["stats"], case .object = stats {
            let columns = [question] + groups
            expect("Kennwerte", "n", columns.map { count($0["stats"]?["n"]) })
            expect("Kennwerte", "Mittelwert", columns.map { figure($0["stats"]?["mean"]) })
            expect("Kennwerte", "Median", columns.map { figure($0["stats"]?["median"]) })
        }
        let bins = array(question["histogram"])
        if !bins.isEmpty, let printed = section.tables["Verteilung"] {
            #expect(printed.count == bins.count, "\(id): \(printed.count) bins printed, \(bins.count) evaluated")
            for (index, bin) in bins.enumerated() where printed.indices.contains(index) {
                let cells =
                    [count(bin["count"], reason(bin, question))]
                    + groups.map { group in
                        let cell = element(array(group["histogram"]), index)
                        return count(cell?["count"], reason(cell, group))
                    }
                #expect(
                    Self.agree(printed[index].cells, cells),
                    "\(id), bin \(index + 1): \(printed[index].cells) printed, \(cells) evaluated")
                compared += cells.count
            }
        }
        return compared
    }

    private static func array(_ json: JSON?) -> [JSON] {
        if case .array(let elements) = json { elements } else { [] }
    }

    private static func agree(_ printed: [String], _ cells: [Cell]) -> Bool {
        printed.count >= cells.count && zip(printed, cells).allSatisfy { $1.admits($0) }
    }

    private static func element(_ elements: [JSON], _ index: Int) -> JSON? {
        elements.indices.contains(index) ? elements[index] : nil
    }

    private static func number(_ json: JSON?) -> Double? {
        if case .number(let value) = json { value } else { nil }
    }

    /// The printed count, or the mark of the reason the evaluation gives (any mark where it gives none).
    private static func count(_ json: JSON?, _ reason: JSON? = nil) -> Cell {
        Cell(language.count(number(json).map { Int($0) }, withheld: withheld(reason)), reason: reason)
    }
    private static func percent(_ json: JSON?, _ reason: JSON? = nil) -> Cell {
        Cell(language.percent(number(json), withheld: withheld(reason)), reason: reason)
    }
    private static func figure(_ json: JSON?, _ reason: JSON? = nil) -> Cell {
        Cell(language.figure(number(json), withheld: withheld(reason)), reason: reason)
    }

    /// Why a cell is hidden: its own reason, else its column's (a whole group hidden).
    private static func reason(_ cell: JSON?, _ column: JSON?) -> JSON? {
        cell?["withheld"] ?? column?["withheld"]
    }

    private static func withheld(_ reason: JSON?) -> Withheld? { reason?.string.flatMap(Withheld.init(rawValue:)) }

    /// A cell the report must print: a figure exactly; a hidden figure with the mark of its reason,
    /// or, where the evaluation names no reason for it (a statistic), with any mark.
    struct Cell: Equatable, CustomStringConvertible {
        var text: String
        var reasonKnown: Bool

        init(_ text: String, reason: JSON?) {
            self.text = text
            reasonKnown = reason?.string != nil
        }

        func admits(_ printed: String) -> Bool {
            guard text.contains("—"), !reasonKnown else { return printed == text }
            return ["—", "(—)", "[—]"].contains(printed)
        }

        var description: String { text }
    }
}

/// The question sections of a report page and their tables, read back from the HTML the report writes.
struct ReportPage {
    struct Row {
        var label: String
        var cells: [String]
    }

    struct Section {
        /// Rows by table caption.
        var tables: [String: [Row]] = [:]
    }

    /// Sections by question id.
    var sections: [String: Section] = [:]

    init(_ html: String) {
        for section in html.matches(of: /<section class="question" id="q-([^"]+)">([\s\S]*?)<\/section>/) {
            var parsed = Section()
            for table in section.output.2.matches(of: /<table>\s*<caption>([\s\S]*?)<\/caption>([\s\S]*?)<\/table>/) {
                let rows = table.output.2.matches(of: /<tr[^>]*><th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/).map {
                    row in
                    Row(
                        label: Self.text(row.output.1),
                        cells: row.output.2.matches(of: /<td[^>]*>([\s\S]*?)<\/td>/).map { Self.text($0.output.1) })
                }
                parsed.tables[Self.text(table.output.1)] = rows
            }
            sections[String(section.output.1)] = parsed
        }
    }

    /// The text of an HTML fragment: tags dropped, the builder's character references resolved.
    static func text(_ fragment: Substring) -> String {
        String(fragment).replacing(/<[^>]+>/, with: "").replacing("&lt;", with: "<").replacing("&gt;", with: ">")
            .replacing("&quot;", with: "\"").replacing("&#39;", with: "'").replacing("&amp;", with: "&")
    }
}
