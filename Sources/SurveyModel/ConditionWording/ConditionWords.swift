/// The words a ``ConditionDescriber`` joins, in German or English.
struct ConditionWords: Sendable {
    let english: Bool

    init(language: String) {
        english = language == "en"
    }

    private func pick(_ german: String, _ english: String) -> String {
        self.english ? english : german
    }

    /// A label or text in the language's quotation marks: „Grundschule“, “Primary school”.
    func quoted(_ text: String) -> String {
        english ? "“\(text)”" : "„\(text)“"
    }

    var and: String { pick("und", "and") }
    var or: String { pick("oder", "or") }
    var yes: String { pick("Ja", "Yes") }
    var no: String { pick("Nein", "No") }
    var today: String { pick("heute", "today") }

    func not(_ condition: String) -> String { pick("nicht (\(condition))", "not (\(condition))") }
    func answered(_ subject: String) -> String { pick("\(subject) ist beantwortet", "\(subject) is answered") }
    func unanswered(_ subject: String) -> String {
        pick("\(subject) ist nicht beantwortet", "\(subject) is not answered")
    }
    func contains(_ subject: String, _ value: String) -> String {
        pick("\(subject) enthält \(value)", "\(subject) includes \(value)")
    }
    func count(_ subject: String) -> String {
        pick("Anzahl der Angaben zu \(subject)", "number of answers to \(subject)")
    }
    func year(_ subject: String) -> String { pick("Jahr von \(subject)", "year of \(subject)") }
    func length(_ subject: String) -> String { pick("Länge von \(subject)", "length of \(subject)") }
    func matrixRow(_ question: String, _ row: String) -> String { quoted("\(question): \(row)") }

    /// `subject op value`, with the verbs that suit numbers or dates.
    func comparison(_ subject: String, _ op: BinaryOperator, _ value: String, dates: Bool) -> String {
        let verb: String =
            switch (op, dates) {
            case (.equal, _): pick("ist", "is")
            case (.notEqual, _): pick("ist nicht", "is not")
            case (.less, false): pick("ist kleiner als", "is less than")
            case (.lessOrEqual, false): pick("ist höchstens", "is at most")
            case (.greater, false): pick("ist größer als", "is more than")
            case (.greaterOrEqual, false): pick("ist mindestens", "is at least")
            case (.less, true): pick("liegt vor dem", "is before")
            case (.lessOrEqual, true): pick("liegt spätestens am", "is on or before")
            case (.greater, true): pick("liegt nach dem", "is after")
            case (.greaterOrEqual, true): pick("liegt frühestens am", "is on or after")
            default: op.rawValue
            }
        return "\(subject) \(verb) \(value)"
    }

    /// `12.500,5` in German, `12,500.5` in English; at most two decimals. Four digits stay
    /// ungrouped, as German style has it, so a year reads `2024`.
    func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        let hundredths = Int((abs(value) * 100).rounded())
        var whole = String(hundredths / 100)
        var grouped = ""
        while whole.count > 3 && whole.count + grouped.count > 4 {
            grouped = pick(".", ",") + whole.suffix(3) + grouped
            whole.removeLast(3)
        }
        let fraction = hundredths % 100
        let decimals =
            fraction == 0 ? "" : pick(",", ".") + (fraction % 10 == 0 ? String(fraction / 10) : twoDigits(fraction))
        return (value < 0 && hundredths > 0 ? "−" : "") + whole + grouped + decimals
    }

    /// `01.08.2024` in German, `2024-08-01` in English.
    func date(year: Int, month: Int, day: Int) -> String {
        english ? "\(year)-\(twoDigits(month))-\(twoDigits(day))" : "\(twoDigits(day)).\(twoDigits(month)).\(year)"
    }

    private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
