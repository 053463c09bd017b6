import Foundation
import TestSupport
import Testing

@testable import SurveyCharts

/// Checks on random charts that no text leaves the picture and no two
/// texts overlap, measured with the same font table the layout uses.
@Suite struct LayoutPropertyTests {
    static let words = [
        "Lehrkräfte", "mit", "Anrechnungsstunden", "Pädagogisches", "Landesinstitut/Medienzentrum", "WLAN",
        "in", "allen", "Räumen", "Schulträger", "IT-Ausstattung", "Fortbildung", "Datenschutz", "und",
        "Urheberrecht", "Dokumentenkamera", "Lernplattform", "Grundschule", "Realschule", "plus", "Gymnasium",
    ]

    static func label(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random) ?? "" }.joined(
            separator: " ")
    }

    static func value(_ random: inout SeededGenerator) -> ChartValue {
        let draw = Int.random(in: 0..<12, using: &random)
        return draw < SuppressionReason.allCases.count
            ? .suppressed(SuppressionReason.allCases[draw])
            : .number((Double.random(in: 0...100, using: &random) * 10).rounded() / 10)
    }

    static func chart(_ random: inout SeededGenerator) -> Chart {
        let count = Int.random(in: 1...7, using: &random)
        let series = Int.random(in: 1...4, using: &random)
        let names = (0..<series).map { _ in label(&random) }
        let rows = (0..<count).map { _ in ChartRow(label(&random), (0..<series).map { _ in value(&random) }) }
        let singles = (0..<count).map { _ in LabelledValue(label(&random), value(&random)) }
        let title = label(&random)
        switch Int.random(in: 0..<7, using: &random) {
        case 0: return .bars(BarChart(title: title, bars: singles))
        case 1: return .columns(ColumnChart(title: title, columns: singles, style: .percent))
        case 2: return .stacked(StackedBarChart(title: title, categories: names, rows: rows))
        case 3:
            // Half of them with "not applicable" apart, its value last in each row.
            guard Bool.random(using: &random) else {
                return .diverging(DivergingBarChart(title: title, scale: names, rows: rows))
            }
            let apart = rows.map { ChartRow($0.label, $0.values + [value(&random)], total: 100) }
            return .diverging(
                DivergingBarChart(title: title, scale: names, notApplicable: label(&random), rows: apart))
        case 4: return .grouped(GroupedBarChart(title: title, groups: names, rows: rows))
        case 5: return .dots(DotChart(title: title, series: names, rows: rows))
        default: return .smallMultiples(SmallMultiplesChart(title: title, categories: names, panels: rows))
        }
    }

    /// One line of text as drawn: its box in pixels.
    struct TextBox: CustomStringConvertible {
        var text: String
        var left, right, top, bottom: Double
        var description: String { "\"\(text)\" [\(left)…\(right)] × [\(top)…\(bottom)]" }

        func overlaps(_ other: TextBox) -> Bool {
            left < other.right - 0.5 && other.left < right - 0.5 && top < other.bottom - 0.5 && other.top < bottom - 0.5
        }
    }

    /// The value of attribute `name` in an element's attribute text.
    static func attribute(_ name: String, in text: Substring) -> String? {
        guard let start = text.range(of: " \(name)=\"") else { return nil }
        let rest = text[start.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    /// The boxes of every text line in `svg`.
    ///
    /// A plain scan rather than a regular expression: the writer's output
    /// has one fixed shape, and the scan keeps this test fast.
    static func textBoxes(_ svg: String) -> [TextBox] {
        var boxes: [TextBox] = []
        for chunk in svg.components(separatedBy: "<text ").dropFirst() {
            guard let close = chunk.range(of: "</text>"), let open = chunk.firstIndex(of: ">") else { continue }
            let attributes = chunk[..<open]
            let body = chunk[chunk.index(after: open)..<close.lowerBound]
            let size = attribute("font-size", in: attributes).flatMap(Double.init) ?? ChartStyle.fontSize
            let bold = attribute("font-weight", in: attributes) == "bold"
            let anchor = attribute("text-anchor", in: attributes) ?? "start"
            var lines: [(String, Double, Double)] = []
            if body.hasPrefix("<tspan") {
                for span in body.components(separatedBy: "<tspan").dropFirst() {
                    guard let end = span.firstIndex(of: ">"), let stop = span.range(of: "</tspan>") else { continue }
                    let spanAttributes = span[..<end]
                    lines.append(
                        (
                            String(span[span.index(after: end)..<stop.lowerBound]),
                            attribute("x", in: spanAttributes).flatMap(Double.init) ?? 0,
                            attribute("y", in: spanAttributes).flatMap(Double.init) ?? 0
                        ))
                }
            } else {
                let head = " " + attributes
                lines = [
                    (
                        String(body), attribute("x", in: head[...]).flatMap(Double.init) ?? 0,
                        attribute("y", in: head[...]).flatMap(Double.init) ?? 0
                    )
                ]
            }
            for (escaped, x, baseline) in lines {
                let text = escaped.replacing("&amp;", with: "&").replacing("&lt;", with: "<").replacing(
                    "&gt;", with: ">"
                )
                .replacing("&quot;", with: "\"").replacing("&apos;", with: "'")
                let width = FontMetrics.width(of: text, size: size, bold: bold)
                let left = anchor == "end" ? x - width : (anchor == "middle" ? x - width / 2 : x)
                boxes.append(
                    TextBox(
                        text: text, left: left, right: left + width, top: baseline - 0.76 * size,
                        bottom: baseline + 0.24 * size))
            }
        }
        return boxes
    }

    static func check(_ svg: String, name: String) {
        let root = svg.prefix { $0 != ">" }
        let width = attribute("width", in: root).flatMap(Double.init) ?? 0
        let height = attribute("height", in: root).flatMap(Double.init) ?? 0
        let boxes = textBoxes(svg)
        for box in boxes {
            #expect(
                box.left >= -0.5 && box.right <= width + 0.5 && box.top >= 0 && box.bottom <= height,
                "\(name): \(box) outside \(width) × \(height)")
        }
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] where box.overlaps(other) {
                Issue.record("\(name): \(box) overlaps \(other)")
            }
        }
    }

    @Test(arguments: Gallery.entries.map(\.name))
    func galleryTextStaysInsideAndApart(name: String) throws {
        let entry = try #require(Gallery.entries.first { $0.name == name })
        #expect(!Self.textBoxes(entry.svg).isEmpty)
        Self.check(entry.svg, name: name)
    }

    @Test(arguments: 0..<4)
    func randomChartsKeepTextInsideAndApart(batch: Int) {
        var random = SeededGenerator(seed: UInt64(batch) &* 7919)
        for index in 0..<100 {
            let chart = Self.chart(&random)
            let width = Double(Int.random(in: 240...1000, using: &random))
            let language: ChartLanguage = Bool.random(using: &random) ? .german : .english
            let svg = chart.svg(id: "r", settings: ChartSettings(language: language, width: width))
            Self.check(svg, name: "batch \(batch) chart \(index) (\(chart.title), width \(width))")
        }
    }
}
