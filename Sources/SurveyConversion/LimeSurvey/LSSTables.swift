/// The tables of a LimeSurvey `.lss` file as they are written: `<document>` holds one element per
/// database table, each with `<rows>` of `<row>` elements whose children are the columns.
///
/// Nothing is interpreted here; ``LimeSurveyStructure`` reads the tables of either layout.
struct LSSTables: Sendable {
    /// One row of a table: its columns by name, and the line of its `<row>` tag for warnings.
    struct Row: Sendable {
        var columns: [String: String]
        let line: Int

        subscript(_ column: String) -> String { columns[column] ?? "" }
    }

    /// The rows of each table by the table's element name (`questions`, `group_l10ns`, …).
    var tables: [String: [Row]] = [:]
    /// The codes listed under `<languages>`.
    var languages: [String] = []
    /// `<DBVersion>`: below 400 the layout with one row per language, from 400 on the `*_l10ns` tables.
    var databaseVersion: Int?

    func rows(_ table: String) -> [Row] { tables[table] ?? [] }
}
