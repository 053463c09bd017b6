/// Keeps spreadsheets from taking text for a formula, and takes that back when reading.
///
/// Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` as a
/// formula, so a respondent's answer such as `=HYPERLINK(…)` could run in the
/// office's spreadsheet. OWASP also lists a leading tab, CR and LF, OWASP's
/// ASVS a NUL, and its testing guide the full-width `＝＋－＠`, which Excel takes
/// for a formula in East Asian locales. As OWASP recommends, such a text gets
/// an apostrophe in front (and the writer quotes it), which spreadsheets show as text.
///
/// The apostrophe must come off again when our own files are imported, and a
/// text that really starts with apostrophes must survive too. So the rule looks
/// past leading apostrophes: a text whose first character other than `'` is a
/// trigger gets one more `'`, and reading removes one `'` exactly when the rest
/// has that shape. `'abc` stays `'abc`; `'=1` becomes `''=1` and reads back as
/// `'=1`. Writing and then reading gives back every text unchanged.
enum FormulaGuard {
    /// The characters that make a spreadsheet read a cell as a formula when they come first.
    static let triggers: Set<Unicode.Scalar> = [
        "=", "+", "-", "@", "\t", "\r", "\n", "\0", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}",
    ]
    static let apostrophe: Unicode.Scalar = "'"

    /// `text` with an apostrophe in front if a spreadsheet could take it for a formula.
    static func neutralised(_ text: String) -> String {
        startsLikeFormula(text.unicodeScalars) ? "'" + text : text
    }

    /// The text a field read from a file stood for: one guarding apostrophe removed.
    static func restored(_ field: String) -> String {
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
