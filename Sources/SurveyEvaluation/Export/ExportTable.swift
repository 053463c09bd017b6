import CSVCodec
import SurveyModel
import SurveyStore

/// The submitted responses of a survey as typed rows: the one source that every export format writes from.
///
/// The CSV and JSON exports write ``csvRows(labels:decimalComma:)``; workbooks,
/// SPSS and Parquet files write ``rows`` with ``variables``. Both come from
/// the same values, so every format says the same, cell by cell.
public struct ExportTable: Sendable {
    public let layout: ExportLayout
    /// The variables, the fixed columns (response, participant, submitted) first.
    public let variables: [ExportVariable]
    /// One row per response, one value per variable.
    public let rows: [[ExportValue]]

    /// The table of `records` (current submitted responses, in the order to write).
    public init(layout: ExportLayout, records: [ResponseRecord]) {
        self.init(
            layout: layout,
            responses: records.map { record in
                ExportResponse(
                    id: record.responseID, participantID: record.participantID, submitted: record.time,
                    answers: CurrentResponses.answers(of: record, in: layout.survey))
            })
    }

    /// The table of `responses`, in the order given.
    public init(layout: ExportLayout, responses: [ExportResponse]) {
        self.layout = layout
        variables = layout.variables
        rows = responses.map { response in
            [
                .text(response.id), response.participantID.map(ExportValue.text) ?? .empty,
                .timestamp(response.submitted),
            ]
                + layout.columns.map { ExportLayout.value($0, response.answers[$0.questionID]) }
        }
    }

    /// The rows as the CSV export writes them: codes or (with `labels`) option labels.
    /// - Parameter decimalComma: Write decimal numbers with a comma, as German Excel reads them.
    public func csvRows(labels: Bool, decimalComma: Bool = false) -> [[CSVCell]] {
        let columns: [ExportColumn?] = [nil, nil, nil] + layout.columns.map(Optional.some)
        return rows.map { row in
            zip(row, columns).map { value, column in
                ExportLayout.csvCell(value, of: column, labels: labels, decimalComma: decimalComma)
            }
        }
    }
}

/// One response to export: who, when, and the answers the survey still has.
public struct ExportResponse: Sendable {
    public let id: String
    public let participantID: String?
    public let submitted: Timestamp
    public let answers: Answers

    public init(id: String, participantID: String?, submitted: Timestamp, answers: Answers) {
        self.id = id
        self.participantID = participantID
        self.submitted = submitted
        self.answers = answers
    }
}
