/// The languages the form's own wording (buttons, messages, progress) exists in.
///
/// A survey may be offered in other languages too; its own texts then come
/// from the definition and the form's wording falls back to English.
public enum UILanguage: String, Sendable, CaseIterable {
    case de, en

    /// The wording for a survey language code (`de`, `de-AT`, `en`, `fr`).
    public init(code: String) {
        self = code.lowercased().hasPrefix("de") ? .de : .en
    }
}
