extension QuestionType {
    /// The type as a participant names it, in German and English; messages show this, never the `type` value.
    package var words: (de: String, en: String) {
        switch self {
        case .text: ("Text", "text")
        case .number: ("Zahl", "number")
        case .single: ("Einfachauswahl", "single choice")
        case .multiple: ("Mehrfachauswahl", "multiple choice")
        case .boolean: ("Ja/Nein", "yes/no")
        case .scale: ("Skala", "scale")
        case .matrix: ("Matrix", "matrix")
        case .ranking: ("Rangfolge", "ranking")
        case .date: ("Datum", "date")
        case .note: ("Hinweis", "note")
        }
    }
}
