/// The languages diagnostics are written in.
public enum DiagnosticLanguage: String, Sendable, CaseIterable {
    case en, de

    /// The language a locale setting such as `de_DE.UTF-8` asks for: German for `de…`, English otherwise.
    public init(locale: String) {
        self = locale.lowercased().hasPrefix("de") ? .de : .en
    }

    /// The language the environment asks for, as `gettext` reads it: `LC_ALL`, then `LC_MESSAGES`, then `LANG`.
    ///
    /// The first variable that is set and not empty decides; `C`, `POSIX` and unset mean English.
    public init(environment: [String: String]) {
        let setting = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        self.init(locale: setting ?? "en")
    }
}
