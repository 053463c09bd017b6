import SPSSSystemFile
import SurveyEvaluation

/// The codebook with the SPSS name of each variable whose export name SPSS does not accept.
///
/// Export names are question ids, which are nearly always valid SPSS names already; only a
/// reserved word (`to`, `by`, …), a name longer than 64 bytes, an option code with a `-` or two
/// names differing only in case get another name in SPSS. Then, and only then, the codebook gets a
/// last column that gives it; other codebooks stay as they are.
public enum SPSSCodebook {
    /// The export names that SPSS files (`.sav`, `.sps`) call differently, with their SPSS names.
    public static func renamed(_ layout: ExportLayout) -> [(export: String, spss: String)] {
        let names = layout.variables.map(\.name)
        return zip(names, SPSSName.uniqueNames(for: names)).filter { $0 != $1 }.map { ($0, $1) }
    }

    /// The codebook's header and rows, with the column of SPSS names where one differs.
    public static func codebook(_ layout: ExportLayout) -> (header: [String], rows: [[String]]) {
        let renamed = Dictionary(renamed(layout), uniquingKeysWith: { first, _ in first })
        guard !renamed.isEmpty else { return (layout.codebookHeader, layout.codebookRows) }
        return (
            layout.codebookHeader + [layout.language == "en" ? "SPSS name" : "SPSS-Name"],
            layout.codebookRows.map { row in row + [row.first.flatMap { renamed[$0] } ?? ""] }
        )
    }
}
