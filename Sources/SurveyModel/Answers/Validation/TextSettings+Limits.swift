extension TextSettings {
    /// The most characters a multi-line answer may have when the definition sets no `maxLength`.
    public static let defaultMultilineMaxLength = 10_000
    /// The most characters a single-line answer may have when the definition sets no `maxLength`.
    public static let defaultSingleLineMaxLength = 1_000

    /// The length limit that applies: the definition's `maxLength`, else a default.
    ///
    /// Every text is bounded, so an anonymous form cannot fill the log with
    /// megabytes per field; the defaults are far above what anyone types into
    /// a questionnaire (see `docs/survey-format.md`).
    public var effectiveMaxLength: Int {
        maxLength ?? (multiline ? Self.defaultMultilineMaxLength : Self.defaultSingleLineMaxLength)
    }
}
