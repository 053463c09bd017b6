import CSVCodec
import SurveyModel
import SurveyStore

/// One typed cell of an export: what every file format writes, each in its own way.
///
/// The CSV export writes these as text; typed formats (workbooks, SPSS and
/// Parquet files) keep numbers as numbers and dates as dates.
public enum ExportValue: Sendable, Hashable {
    /// Not answered, not shown, or not part of this answer.
    case empty
    /// A number: a number answer, a scale point, 0/1 for an option or yes/no.
    case number(Double)
    /// Text: a free text, an "other" text, a choice's code, or an id.
    case text(String)
    /// A date answer.
    case date(CalendarDate)
    /// An instant: when a response was submitted.
    case timestamp(Timestamp)
    /// The "not applicable" answer of a scale or matrix row (`na` in CSV);
    /// numeric formats write the variable's ``ExportVariable/notApplicableCode``.
    case notApplicable

    /// The value as the CSV export writes it (`na` for not applicable, ISO dates, integral numbers without `.0`).
    /// - Parameter decimalComma: Write decimal numbers with a comma, as German Excel reads them.
    public func csvCell(decimalComma: Bool = false) -> CSVCell {
        switch self {
        case .empty: .text("")
        case .number(let number):
            .number(
                number == number.rounded() && abs(number) < 1e15
                    ? String(Int(number))
                    : decimalComma ? String(number).replacing(".", with: ",") : String(number))
        case .text(let text): .text(text)
        case .date(let date): .text(date.description)
        case .timestamp(let time): .text(time.description)
        case .notApplicable: .text(Answer.notApplicableValue)
        }
    }
}
