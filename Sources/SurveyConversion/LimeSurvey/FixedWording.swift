/// Answer labels LimeSurvey builds in rather than storing in the file (arrays of yes/no/uncertain
/// and increase/same/decrease, gender, the "other" choice), in the languages it ships most.
enum FixedWording {
    /// Label texts by language; a language not listed gets the English text.
    typealias Wording = [String: String]

    static let yes: Wording = ["en": "Yes", "de": "Ja", "fr": "Oui", "it": "Sì", "es": "Sí"]
    static let no: Wording = ["en": "No", "de": "Nein", "fr": "Non", "it": "No", "es": "No"]
    static let uncertain: Wording = [
        "en": "Uncertain", "de": "Unsicher", "fr": "Incertain", "it": "Incerto", "es": "Incierto",
    ]
    static let increase: Wording = [
        "en": "Increase", "de": "Zunahme", "fr": "Augmentation", "it": "Aumento", "es": "Aumento",
    ]
    static let same: Wording = ["en": "Same", "de": "Gleich", "fr": "Sans changement", "it": "Uguale", "es": "Igual"]
    static let decrease: Wording = [
        "en": "Decrease", "de": "Abnahme", "fr": "Diminution", "it": "Diminuzione", "es": "Disminución",
    ]
    static let female: Wording = [
        "en": "Female", "de": "Weiblich", "fr": "Féminin", "it": "Femminile", "es": "Femenino",
    ]
    static let male: Wording = ["en": "Male", "de": "Männlich", "fr": "Masculin", "it": "Maschile", "es": "Masculino"]
    static let other: Wording = ["en": "Other", "de": "Sonstiges", "fr": "Autre", "it": "Altro", "es": "Otro"]

    /// The options of the array types whose answers LimeSurvey fixes: `C` and `E`; and of `G`.
    static let yesNoUncertain: [(String, Wording)] = [("Y", yes), ("N", no), ("U", uncertain)]
    static let increaseSameDecrease: [(String, Wording)] = [("I", increase), ("S", same), ("D", decrease)]
    static let gender: [(String, Wording)] = [("F", female), ("M", male)]
}
