import StrictJSON
import SurveyModel

/// The survey's languages, and SurveyJS's localizable strings as our texts.
///
/// A localizable string is either plain text or an object with a text per locale,
/// `{"default": "Yes", "de": "Ja"}`. `default` holds the text of SurveyJS's default
/// locale, which is English unless the survey's `locale` names a language that no
/// text carries explicitly; then the default texts are taken to be in that language.
/// The survey's `locale` (the language SurveyJS shows first) becomes our first
/// language, followed by the default language and the others in order of appearance.
struct SurveyJSTexts {
    /// The language `default` texts are in.
    let defaultLanguage: String
    /// Our `languages`, the first one shown first.
    let languages: [String]
    /// Locale keys that are no language code of ours, with the place they were first seen, for warnings.
    let unknownLocales: [(key: String, place: String)]

    init(root: JSONValue) {
        var codes: [String] = []
        var usesDefault = false
        var unknown: [(key: String, place: String)] = []
        var seenUnknown: Set<String> = []
        Self.collectLocales(
            root, place: "", codes: &codes, usesDefault: &usesDefault, unknown: &unknown, seenUnknown: &seenUnknown)
        let locale = root["locale"]?.string.flatMap(Self.languageCode)
        let defaultLanguage = locale.flatMap { codes.contains($0) ? nil : $0 } ?? "en"
        var languages: [String] = []
        for code in [locale].compactMap({ $0 }) + (usesDefault || codes.isEmpty ? [defaultLanguage] : []) + codes
        where !languages.contains(code) {
            languages.append(code)
        }
        self.defaultLanguage = defaultLanguage
        self.languages = languages
        unknownLocales = unknown
    }

    /// Our text for a localizable value: a plain string stays plain, a locale object becomes a language map.
    /// Nil when there is no non-empty text.
    func text(_ value: JSONValue?) -> JSON? {
        guard let value else { return nil }
        if let plain = value.string { return plain.trimmingSpaces.isEmpty ? nil : .string(plain) }
        guard let members = value.members, Self.isLocalizable(value) else { return nil }
        var texts: [JSONField] = []
        for language in languages {
            let own = members.first { Self.languageCode($0.key) == language }?.value.string
            let fallback = language == defaultLanguage ? members.first { $0.key == "default" }?.value.string : nil
            if let text = [own, fallback].compactMap({ $0 }).first(where: { !$0.trimmingSpaces.isEmpty }) {
                texts.append(JSONField(key: language, value: .string(text)))
            }
        }
        if texts.isEmpty { return nil }
        if languages.count == 1 { return texts[0].value }
        return .object(texts)
    }

    /// The plain text of a value in the first language, for names in warnings and generated ids.
    func plain(_ value: JSONValue?) -> String? {
        switch text(value) {
        case .string(let text): text
        case .object(let fields): fields.first?.value.string
        default: nil
        }
    }

    /// A text we make up (a page title, the label of "other"), in German where the survey has German, else English.
    func generated(german: String, english: String) -> JSON {
        if languages.count == 1 { return .string(languages[0] == "de" ? german : english) }
        return .object(languages.map { JSONField(key: $0, value: .string($0 == "de" ? german : english)) })
    }

    /// `de` for `de`, `de-AT` or `DE`; nil for anything that is not an ISO 639-1 code.
    static func languageCode(_ key: String) -> String? {
        let base = String(key.lowercased().prefix { $0 != "-" && $0 != "_" })
        return LanguageCodes.all.contains(base) ? base : nil
    }

    /// Whether an object is a localizable string: every value a string, every key `default` or locale-like.
    static func isLocalizable(_ value: JSONValue) -> Bool {
        guard let members = value.members, !members.isEmpty else { return false }
        return members.allSatisfy { member in
            member.value.string != nil && (member.key == "default" || looksLikeLocale(member.key))
        }
    }

    private static func looksLikeLocale(_ key: String) -> Bool {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 2, first.allSatisfy(\.isASCIILetter), parts.count <= 2 else {
            return false
        }
        return parts.count == 1 || (2...4).contains(parts[1].count)
    }

    private static func collectLocales(
        _ value: JSONValue, place: String, codes: inout [String], usesDefault: inout Bool,
        unknown: inout [(key: String, place: String)], seenUnknown: inout Set<String>
    ) {
        if isLocalizable(value), let members = value.members {
            for member in members {
                if member.key == "default" {
                    usesDefault = true
                } else if let code = languageCode(member.key) {
                    if !codes.contains(code) { codes.append(code) }
                } else if seenUnknown.insert(member.key).inserted {
                    unknown.append((member.key, place))
                }
            }
            return
        }
        if let members = value.members {
            for member in members {
                collectLocales(
                    member.value, place: place.isEmpty ? member.key : place + "." + member.key, codes: &codes,
                    usesDefault: &usesDefault, unknown: &unknown, seenUnknown: &seenUnknown)
            }
        } else if let elements = value.elements {
            for (index, element) in elements.enumerated() {
                collectLocales(
                    element, place: place + "[\(index)]", codes: &codes, usesDefault: &usesDefault, unknown: &unknown,
                    seenUnknown: &seenUnknown)
            }
        }
    }
}
