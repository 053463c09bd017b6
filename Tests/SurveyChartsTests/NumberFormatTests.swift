import TestSupport
import Testing

@testable import SurveyCharts

@Suite struct NumberFormatTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var value: Double
        var decimals: Int
        var german: String
        var english: String
        var testDescription: String { "\(value) with \(decimals)" }
    }

    static let decimals: [Case] = [
        Case(value: 0, decimals: 0, german: "0", english: "0"),
        Case(value: 1234, decimals: 0, german: "1.234", english: "1,234"),
        Case(value: 1234567.891, decimals: 2, german: "1.234.567,89", english: "1,234,567.89"),
        Case(value: 999, decimals: 0, german: "999", english: "999"),
        Case(value: 999.96, decimals: 1, german: "1.000,0", english: "1,000.0"),
        // Decimal rounding half away from zero on the written digits.
        Case(value: 0.15, decimals: 1, german: "0,2", english: "0.2"),
        Case(value: 2.675, decimals: 2, german: "2,68", english: "2.68"),
        Case(value: 45.25, decimals: 1, german: "45,3", english: "45.3"),
        Case(value: 0.05, decimals: 0, german: "0", english: "0"),
        Case(value: 0.5, decimals: 0, german: "1", english: "1"),
        Case(value: 9.999, decimals: 2, german: "10,00", english: "10.00"),
        Case(value: -3.14159, decimals: 3, german: "\u{2212}3,142", english: "\u{2212}3.142"),
        Case(value: -0.04, decimals: 1, german: "0,0", english: "0.0"),
        Case(value: 1e-7, decimals: 2, german: "0,00", english: "0.00"),
        Case(value: 1.5e-5, decimals: 5, german: "0,00002", english: "0.00002"),
        Case(value: 1e16, decimals: 0, german: "10.000.000.000.000.000", english: "10,000,000,000,000,000"),
        Case(value: .nan, decimals: 1, german: "—", english: "—"),
        Case(value: -.infinity, decimals: 1, german: "—", english: "—"),
    ]

    @Test(arguments: decimals)
    func formatsDecimals(_ testCase: Case) {
        #expect(NumberFormat(language: .german).decimal(testCase.value, decimals: testCase.decimals) == testCase.german)
        #expect(
            NumberFormat(language: .english).decimal(testCase.value, decimals: testCase.decimals) == testCase.english)
    }

    @Test func formatsPercentagesPerLanguage() {
        #expect(ValueStyle.percent.format(45.25, in: .german) == "45,3\u{00A0}%")
        #expect(ValueStyle.percent.format(45.25, in: .english) == "45.3%")
        #expect(ValueStyle.percent(decimals: 0).format(100, in: .german) == "100\u{00A0}%")
        #expect(ValueStyle.count.format(1234, in: .german) == "1.234")
        #expect(ValueStyle.decimal(2).format(3.75, in: .english) == "3.75")
    }

    @Test func hugeValuesDoNotTrap() {
        let text = NumberFormat(language: .german).decimal(.greatestFiniteMagnitude, decimals: 1)
        #expect(text.hasPrefix("179.769.313"))
        #expect(text.hasSuffix(",0"))
    }
}

@Suite struct NumberRoundingTests {
    @Test func binaryRoundingAgreesWithDecimalRounding() {
        var random = SeededGenerator(seed: 42)
        var compared = 0
        for _ in 0..<20_000 {
            let decimals = Int.random(in: 0...3, using: &random)
            // Values with few decimals hit the ties that matter, like 45.25.
            let value =
                Bool.random(using: &random)
                ? Double(Int.random(in: 0...200_000, using: &random)) / 1000
                : Double.random(in: 0...1e6, using: &random)
            guard let binary = NumberFormat.binaryRoundedDigits(of: value, decimals: decimals) else { continue }
            let decimal = NumberFormat.decimallyRoundedDigits(of: value, decimals: decimals)
            #expect(
                binary.integer == decimal.integer && binary.fraction == decimal.fraction, "\(value) with \(decimals)")
            compared += 1
        }
        #expect(compared > 15_000)
    }

    @Test func tiesAreLeftToDecimalRounding() {
        #expect(NumberFormat.binaryRoundedDigits(of: 0.15, decimals: 1) == nil)
        #expect(NumberFormat.binaryRoundedDigits(of: 2.675, decimals: 2) == nil)
        #expect(NumberFormat.binaryRoundedDigits(of: 1e16, decimals: 0) == nil)
        #expect(NumberFormat.binaryRoundedDigits(of: 45.3, decimals: 1) != nil)
    }
}
