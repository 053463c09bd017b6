/// Keeps spreadsheets from taking text for a formula, and takes that back when reading.
///
/// Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a
/// formula; a tab, CR, LF or NUL in front hides the sign from naive checks but
/// not from every spreadsheet, and Excel in East Asian locales also accepts the
/// full-width `＝＋－＠`. A respondent's answer such as `=HYPERLINK(…)` could so
/// run in the office's spreadsheet. As OWASP recommends, such a text gets an
/// apostrophe in front (and the writer quotes it), which spreadsheets show as text.
///
/// The apostrophe must come off again when our own files are imported, and a
/// text that really starts with apostrophes must survive too. So the rule looks
/// past leading apostrophes: a text whose first character other than `'` is a
/// trigger gets one more `'`, and reading removes one `'` exactly when the rest
/// has that shape. `'abc` stays `'abc`; `'=1` becomes `''=1` and reads back as
/// `'=1`. Writing and then reading gives back every text unchanged.
public enum FormulaGuard {
    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    public static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]
    static let apostrophe: Unicode.Scalar = "'"

    /// `text` with an apostrophe in front if a spreadsheet could take it for a formula.
    public static func neutralised(_ text: String) -> String {
        startsLikeFormula(text.unicodeScalars) ? "'" + text : text
    }

    /// The text a field read from a file stood for: one guarding apostrophe removed.
    public static func restored(_ field: String) -> String {
        let scalars = field.unicodeScalars
        guard scalars.first == apostrophe, startsLikeFormula(scalars.dropFirst()) else { return field }
        return String(scalars.dropFirst())
    }

    /// Whether the first scalar that is not an apostrophe is a trigger.
    ///
    /// Scalars, not `Character`s: a combining mark after `=` makes a grapheme
    /// that is not equal to `=`, yet the spreadsheet still sees `=` first.
    static func startsLikeFormula(_ scalars: some Sequence<Unicode.Scalar>) -> Bool {
        guard let first = scalars.first(where: { $0 != apostrophe }) else { return false }
        return triggers.contains(first)
    }
}
