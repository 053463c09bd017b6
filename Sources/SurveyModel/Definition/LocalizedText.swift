/// A text a participant or reader sees, in one or more languages.
///
/// A definition writes it either as a plain string (the same text in every
/// language, e.g. a unit such as "Mbit/s") or as an object keyed by language
/// code (`{"de": "Schulart", "en": "Type of school"}`).
public struct LocalizedText: Sendable, Hashable {
    /// The text in the survey's default language, or the plain string.
    public let defaultText: String
    /// Texts by language code; empty for a plain string.
    public let translations: [String: String]

    /// Creates a text that reads the same in every language.
    public init(_ plain: String) {
        defaultText = plain
        translations = [:]
    }

    /// Creates a text with one entry per language.
    /// - Parameters:
    ///   - translations: texts by language code.
    ///   - defaultText: the text shown for a language without an entry.
    public init(translations: [String: String], defaultText: String) {
        self.translations = translations
        self.defaultText = defaultText
    }

    /// Whether the definition wrote a plain string rather than a language object.
    public var isPlain: Bool { translations.isEmpty }

    /// The text for `language`, falling back to the default language.
    public func text(in language: String) -> String {
        translations[language] ?? defaultText
    }
}
