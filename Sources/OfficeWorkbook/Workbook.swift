/// An Excel workbook (Office Open XML SpreadsheetML, ECMA-376) to write: sheets of typed cells and
/// the document properties.
///
/// Each sheet has a header row, written bold, frozen and with an autofilter, then rows of cells:
/// numbers, texts, dates and date-times. A text is always a string cell, never a formula, whatever
/// it begins with; the writer has no formula cells at all.
package struct Workbook: Sendable {
    /// The document title (`dc:title`), which Excel shows under File › Info.
    package var title: String
    /// When the workbook was made (`dcterms:created`, UTC), and the time of its ZIP entries.
    package var created: WorkbookTime
    /// The program named as the workbook's author (`Application` in the extended properties).
    package var application: String
    package var sheets: [Worksheet]

    package init(title: String, created: WorkbookTime, application: String, sheets: [Worksheet]) {
        self.title = title
        self.created = created
        self.application = application
        self.sheets = sheets
    }
}

/// One sheet: a header row and the rows under it.
package struct Worksheet: Sendable {
    /// The tab's name: 1 to 31 characters, none of `[ ] : * ? / \`.
    package var name: String
    package var header: [String]
    package var rows: [[WorkbookCell]]

    package init(name: String, header: [String], rows: [[WorkbookCell]]) {
        self.name = name
        self.header = header
        self.rows = rows
    }
}

/// One cell's value.
package enum WorkbookCell: Sendable, Hashable {
    /// No cell at all, so the reader sees it as blank.
    case empty
    /// A number cell; an infinite or NaN value (which a workbook cannot hold) is written as text.
    case number(Double)
    /// A string cell, shown as it is (never run as a formula).
    case text(String)
    /// A date as its serial number (see ``SpreadsheetDate``), with the `yyyy-mm-dd` format.
    case date(serial: Double)
    /// A date and time as its serial number, with the `yyyy-mm-dd hh:mm:ss` format.
    case dateTime(serial: Double)
}

/// A moment in UTC, by its parts: when a workbook was made.
package struct WorkbookTime: Sendable, Hashable {
    package let year: Int
    package let month: Int
    package let day: Int
    package let hour: Int
    package let minute: Int
    package let second: Int

    package init(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
    }

    /// The W3C date-time form that `dcterms:created` takes, e.g. `2026-12-05T04:05:06Z`.
    var w3cdtf: String {
        func padded(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))T"
            + "\(padded(hour, 2)):\(padded(minute, 2)):\(padded(second, 2))Z"
    }
}
