import CSVCodec
import StrictJSON
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

    /// The table of a log's current submits, read one at a time so their answers are never all held.
    /// - Throws: when the log cannot be read back (see ``SurveyStore/CurrentSubmits/readEach(_:)``).
    public init(layout: ExportLayout, submits: CurrentSubmits) throws(StoreError) {
        try self.init(layout: layout, reading: submits.readEach)
    }

    /// The table of the submits that `reading` hands over one at a time, in the order to write (a
    /// ``SurveyStore/CurrentSubmits`` file's, or a running server's log's).
    /// - Throws: what `reading` throws.
    public init(
        layout: ExportLayout, reading: (_ body: (ResponseRecord) -> Void) throws(StoreError) -> Void
    ) throws(StoreError) {
        var rows: [[ExportValue]] = []
        try reading { record in rows.append(Self.row(Self.response(of: record, in: layout.survey), layout)) }
        self.layout = layout
        variables = layout.variables
        self.rows = rows
    }

    /// The table of `responses`, in the order given.
    public init(layout: ExportLayout, responses: [ExportResponse]) {
        self.layout = layout
        variables = layout.variables
        rows = responses.map { Self.row($0, layout) }
    }

    /// The values of one response: the fixed columns, then one per export column.
    private static func row(_ response: ExportResponse, _ layout: ExportLayout) -> [ExportValue] {
        [.text(response.id), response.participantID.map(ExportValue.text) ?? .empty, .timestamp(response.submitted)]
            + layout.columns.map { ExportLayout.value($0, response.answers[$0.questionID]) }
    }

    /// A stored submit as a response to export, with the answers `survey` still has: answers of removed or
    /// changed questions are left out.
    private static func response(of record: ResponseRecord, in survey: Survey) -> ExportResponse {
        var answers = Answers()
        for field in record.answers?.fields ?? [] where field.value != .null {
            guard let question = survey.question(field.key), let answer = try? Answer(json: field.value, for: question)
            else { continue }
            answers[field.key] = answer
        }
        return ExportResponse(
            id: record.responseID, participantID: record.participantID, submitted: record.time, answers: answers)
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
