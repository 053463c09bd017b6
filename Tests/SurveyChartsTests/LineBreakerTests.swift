import Testing

@testable import SurveyCharts

@Suite struct LineBreakerTests {
    let breaker = LineBreaker(size: 12)

    @Test func measuresWithTheDejaVuTable() {
        // "H" is 1540 units of 2048 per em in DejaVu Sans.
        #expect(breaker.measure("H") == 1540.0 * 12 / 2048)
        #expect(breaker.measure("") == 0)
        // A decomposed umlaut is as wide as its base letter.
        #expect(breaker.measure("a\u{0308}") == breaker.measure("a"))
        #expect(FontMetrics.width(of: "W", size: 12, bold: true) > FontMetrics.width(of: "W", size: 12))
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var width: Double
        var lines: [String]
        var testDescription: String { "\(text) in \(width)" }
    }

    static let cases: [Case] = [
        Case(text: "Lehrkräfte mit Anrechnungsstunden", width: 400, lines: ["Lehrkräfte mit Anrechnungsstunden"]),
        Case(text: "Lehrkräfte mit Anrechnungsstunden", width: 150, lines: ["Lehrkräfte mit", "Anrechnungsstunden"]),
        Case(
            text: "Pädagogisches Landesinstitut/Medienzentrum", width: 200,
            lines: ["Pädagogisches Landesinstitut/", "Medienzentrum"]),
        Case(
            text: "IT-Ausstattung und Breitband-Anschluss", width: 125,
            lines: ["IT-Ausstattung und", "Breitband-Anschluss"]),
        Case(
            text: "IT-Ausstattung und Breitband-Anschluss", width: 120,
            lines: ["IT-Ausstattung und", "Breitband-", "Anschluss"]),
        Case(text: "erste Zeile\nzweite", width: 400, lines: ["erste Zeile", "zweite"]),
        Case(text: "  viele   Leerzeichen  ", width: 400, lines: ["viele Leerzeichen"]),
        Case(text: "", width: 100, lines: [""]),
    ]

    @Test(arguments: cases)
    func wrapsAtSpacesSlashesAndHyphens(_ testCase: Case) {
        #expect(breaker.wrap(testCase.text, width: testCase.width) == testCase.lines)
    }

    @Test func neverLosesOrOverflowsText() {
        let text = "Donaudampfschifffahrtsgesellschaftskapitänsmütze und Pädagogisches Landesinstitut/Medienzentrum"
        for width in stride(from: 30.0, through: 400, by: 17) {
            let lines = breaker.wrap(text, width: width)
            for line in lines {
                #expect(breaker.measure(line) <= width, "\(line) wider than \(width)")
            }
            let letters = lines.joined().filter { $0 != " " && $0 != "-" }
            #expect(letters == text.filter { $0 != " " && $0 != "-" })
        }
    }

    @Test func hyphenatesOnlyWordsWiderThanTheLine() {
        let lines = breaker.wrap("Donaudampfschifffahrtsgesellschaft", width: 80)
        #expect(lines.count > 1)
        #expect(lines.dropLast().allSatisfy { $0.hasSuffix("-") })
    }

    @Test func labelColumnGrowsToTheLongestWordWithinItsShare() {
        let column = LabelColumn(labels: ["kurz", "Anrechnungsstunden"], chartWidth: 640)
        #expect(column.width == breaker.measure("Anrechnungsstunden"))
        let capped = LabelColumn(labels: [String(repeating: "sehr lange Beschriftung ", count: 6)], chartWidth: 640)
        #expect(capped.width <= (640 - 24) * 0.38)
        #expect(capped.lines[0].count > 1)
    }
}
