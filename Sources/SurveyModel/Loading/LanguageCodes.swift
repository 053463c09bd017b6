/// The two-letter language codes of ISO 639-1, which `languages` and text objects use.
package enum LanguageCodes {
    /// Every ISO 639-1 code.
    package static let all: Set<String> = Set(
        """
        aa ab ae af ak am an ar as av ay az ba be bg bi bm bn bo br bs ca ce ch co cr cs cu cv cy \
        da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht \
        hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky \
        la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny \
        oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss \
        st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo \
        za zh zu
        """.split(separator: " ").map(String.init))

    /// English names of the languages messages mention most; other codes are shown as they are.
    private static let names = [
        "de": "German", "en": "English", "fr": "French", "tr": "Turkish", "ar": "Arabic",
        "uk": "Ukrainian", "ru": "Russian", "pl": "Polish", "it": "Italian", "es": "Spanish",
    ]

    /// The code for a language written by name or in the wrong case (`"English"`, `"Deutsch"`, `"EN"`).
    package static func code(named name: String) -> String? {
        let lowered = name.lowercased()
        if all.contains(lowered) { return lowered }
        let endonyms = ["deutsch": "de", "englisch": "en", "français": "fr", "türkçe": "tr"]
        return endonyms[lowered] ?? names.first { $0.value.lowercased() == lowered }?.key
    }

    /// `English ("en")`, or `"xx"` for a language without a known name.
    package static func describe(_ code: String) -> String {
        if let name = names[code] { return "\(name) (\"\(code)\")" }
        return "\"\(code)\""
    }
}
