import SurveyModel

/// LimeSurvey's language codes (`de`, `de-informal`, `pt-BR`) matched to our two-letter codes.
///
/// Each LimeSurvey language whose first part is an ISO 639-1 code becomes that code; of
/// two that become the same code (`de` and `de-informal`) the first listed is kept.
struct LimeSurveyLanguages: Sendable {
    /// Our codes in LimeSurvey's order, the base language first.
    let codes: [String]
    /// Our code for each LimeSurvey language kept.
    let ours: [String: String]
    /// LimeSurvey languages left out, with the kept language they collide with (nil: no ISO code).
    let dropped: [(source: String, keptAs: String?)]

    init(_ sourceCodes: [String]) {
        var codes: [String] = []
        var ours: [String: String] = [:]
        var dropped: [(String, String?)] = []
        for source in sourceCodes {
            let primary = String(source.prefix { $0 != "-" && $0 != "_" }).lowercased()
            guard LanguageCodes.all.contains(primary) else {
                dropped.append((source, nil))
                continue
            }
            if codes.contains(primary) {
                dropped.append((source, primary))
                continue
            }
            codes.append(primary)
            ours[source] = primary
        }
        self.codes = codes
        self.ours = ours
        self.dropped = dropped
    }
}
