/// The id of every diagnostic text that exists in German and English.
///
/// The raw value is stable and appears in `survey validate --format json`, so
/// scripts can match a problem without parsing its words.
public enum DiagnosticMessageID: String, Sendable, CaseIterable {
    // The JSON syntax, before any definition is read.
    case jsonEmptyInput = "json.empty-input"
    case jsonUnexpectedEnd = "json.unexpected-end"
    case jsonUnexpectedCharacter = "json.unexpected-character"
    case jsonTrailingComma = "json.trailing-comma"
    case jsonTypographicQuote = "json.typographic-quote"
    case jsonDecimalComma = "json.decimal-comma"
    case jsonMissingCommaInObject = "json.missing-comma-in-object"
    case jsonMissingCommaInArray = "json.missing-comma-in-array"
    case jsonMissingColon = "json.missing-colon"
    case jsonComment = "json.comment"
    case jsonSingleQuotes = "json.single-quotes"
    case jsonUnquotedKey = "json.unquoted-key"
    case jsonNotANumber = "json.not-a-number"
    case jsonLiteralCase = "json.literal-case"
    case jsonUnquotedWord = "json.unquoted-word"
    case jsonDuplicateKey = "json.duplicate-key"
    case jsonInvalidUTF8 = "json.invalid-utf8"
    case jsonLineBreakInString = "json.line-break-in-string"
    case jsonTabInString = "json.tab-in-string"
    case jsonControlCharacterInString = "json.control-character-in-string"
    case jsonInvalidEscape = "json.invalid-escape"
    case jsonLoneSurrogate = "json.lone-surrogate"
    case jsonLeadingZero = "json.leading-zero"
    case jsonInvalidNumber = "json.invalid-number"
    case jsonNumberOutOfRange = "json.number-out-of-range"
    case jsonTooDeeplyNested = "json.too-deeply-nested"
    case jsonTrailingContent = "json.trailing-content"
    // The file itself.
    case fileNotFound = "file.not-found"
    case fileIsFolder = "file.is-folder"
    case fileTooLarge = "file.too-large"
    case fileUnreadable = "file.unreadable"
    // The survey's top-level settings.
    case languageCodeNamed = "languages.code-named"
    case languageCodeUnknown = "languages.code-unknown"
    case languageListedTwice = "languages.listed-twice"
    case languagesEmpty = "languages.empty"
    case surveyIDPattern = "survey-id.pattern"
    case surveyIDFileName = "survey-id.file-name"
    case timeZoneMisspelled = "time-zone.misspelled"
    case timeZoneUnknown = "time-zone.unknown"
    case scheduleNotADate = "schedule.not-a-date"
    case scheduleClosesBeforeOpens = "schedule.closes-before-opens"
    case pagesEmpty = "pages.empty"
    /// A problem whose text exists in English only so far; its one argument is that text.
    case untranslated = "untranslated"
}
