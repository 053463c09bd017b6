import TestSupport
import Testing

@testable import SurveyEvaluation

extension ReportDocument {
    /// Lets xmllint parse every chart file of the report, as a browser opening the SVG file would.
    func expectChartsAreWellFormedXML(sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(!charts.isEmpty, "the report has no charts to check", sourceLocation: sourceLocation)
        for chart in charts {
            guard let outcome = try ExternalTool.xmllint.run(["--noout", "-"], input: chart.svg) else { return }
            #expect(outcome.status == 0, "\(chart.name): \(outcome.output.prefix(500))", sourceLocation: sourceLocation)
        }
    }
}
