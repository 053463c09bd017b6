import SurveyEvaluation
import SurveyModel
import SurveyStore

extension ExportFormat {
    /// The system file, made now; empty only if the table broke its own shape, which
    /// ``SurveyEvaluation/ExportTable`` cannot. Cut texts are not reported here; `survey export` reports them.
    static func spssFiles(_ table: ExportTable) -> [ExportFile] {
        guard let written = try? SPSSSystemFileExport.write(table, created: .now()) else { return [] }
        return [ExportFile(suffix: ".sav", mediaType: ExportFormat.spss.mediaType, bytes: written.bytes)]
    }

    /// The syntax (`<survey>-syntax.sps`) and the CSV it reads (`<survey>.csv`), meant for one folder.
    static func spsFiles(_ table: ExportTable) -> [ExportFile] {
        let csv = "\(table.layout.survey.id).csv"
        return [
            ExportFile(
                suffix: "-syntax.sps", mediaType: ExportFormat.sps.mediaType,
                bytes: Array(SPSSSyntaxExport.syntax(table, csvFile: csv).utf8)),
            ExportFile(
                suffix: ".csv", mediaType: ExportFormat.csv.mediaType, bytes: SPSSSyntaxExport.data(table).bytes),
        ]
    }
}
