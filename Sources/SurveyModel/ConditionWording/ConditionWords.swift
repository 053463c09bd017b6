/// The words a ``ConditionDescriber`` joins, in German or English, in the report's or the respondent's voice.
///
/// The report states a fact in a main clause („Schulart“ ist „Grundschule“); the
/// respondent's voice is a clause after „wenn“/"if", verb last in German, and
/// says what the person did: Sie bei „Schulart“ „Grundschule“ gewählt haben.
struct ConditionWords: Sendable {
    /// What a condition is about, and how its values read.
    struct Subject {
        /// What a respondent did with it, which decides the verb of the respondent's voice.
        enum Kind {
            case choice, yesNo, number, date, text, participant
        }

        var words: String
        /// Option labels by value, for choices, participant fields and yes/no questions.
        var labels: [String: String] = [:]
        var kind = Kind.number
        /// A count, length, year or calculation rather than an answer itself: it "is" a value.
        var derived = false
    }

    /// How a subject relates to its values.
    enum Relation {
        case equal, less, lessOrEqual, greater, greaterOrEqual
        /// A multiple choice, ranking or text that includes the value.
        case includes
    }

    let english: Bool
    let respondent: Bool

    init(language: String, voice: ConditionDescriber.Voice) {
        english = language == "en"
        respondent = voice == .respondent
    }

    private func pick(_ german: String, _ english: String) -> String {
        self.english ? english : german
    }

    /// A label or text in the language's quotation marks: „Grundschule“, “Primary school”.
    /// Quotation marks inside the text become the inner ones, ‚…‘ or ‘…’, so they do not close the outer pair.
    func quoted(_ text: String) -> String {
        if english {
            return "“" + text.replacing("“", with: "‘").replacing("”", with: "’") + "”"
        }
        return "„" + text.replacing("„", with: "‚").replacing("“", with: "‘") + "“"
    }

    var and: String { pick("und", "and") }
    var or: String { pick("oder", "or") }
    var yes: String { pick("Ja", "Yes") }
    var no: String { pick("Nein", "No") }
    /// Today as the subject of a condition.
    var today: String { pick("das heutige Datum", "today’s date") }
    /// Today as the value a date is compared with, after a preposition and article: „vor dem heutigen Tag“.
    var todayAsValue: String { pick("heutigen Tag", "today") }

    /// The opposite of a condition that has no negative form of its own.
    func not(_ condition: String) -> String {
        switch (english, respondent) {
        case (false, false): "nicht (\(condition))"
        case (true, false): "not (\(condition))"
        case (false, true): "nicht zutrifft, dass \(condition)"
        case (true, true): "it is not the case that \(condition)"
        }
    }

    /// Whether the subject has an answer (or, for a participant field, a value on record).
    func answered(_ subject: Subject, negated: Bool) -> String {
        let s = subject.words
        let not = negated ? pick("nicht ", "not ") : ""
        guard respondent else { return pick("\(s) ist \(not)beantwortet", "\(s) is \(not)answered") }
        if subject.kind == .participant {
            return pick("für Sie \(s) \(not)hinterlegt ist", "\(s) is \(not)on record for you")
        }
        return negated
            ? pick("Sie \(s) nicht beantwortet haben", "you did not answer \(s)")
            : pick("Sie \(s) beantwortet haben", "you answered \(s)")
    }

    /// `subject relation value`, where several values are alternatives („A“ oder „B“, weder „A“ noch „B“).
    func statement(_ subject: Subject, _ relation: Relation, _ values: [String], negated: Bool) -> String {
        let value = alternatives(values, negated: negated)
        // One value is denied with „nicht“/"not"; several with „weder … noch“/"neither … nor" in `value`.
        let denied = negated && values.count < 2
        let not = denied ? pick("nicht ", "not ") : ""
        let s = subject.words
        guard respondent else {
            if relation == .includes {
                return pick(
                    "\(s) enthält \(not)\(value)", negated ? "\(s) does not include \(value)" : "\(s) includes \(value)"
                )
            }
            return "\(s) \(verb(relation, subject.kind == .date)) \(not)\(value)"
        }
        if subject.derived {
            let phrase = "\(verb(relation, subject.kind == .date)) \(not)\(value)"
            return english ? "\(s) \(phrase)" : "\(s) \(germanClause(phrase))"
        }
        switch (subject.kind, relation) {
        case (.choice, _):
            return english
                ? (denied ? "you did not choose \(value) in \(s)" : "you chose \(value) in \(s)")
                : "Sie bei \(s) \(not)\(value) gewählt haben"
        case (.yesNo, _):
            return english
                ? (denied ? "you did not answer \(s) with \(value)" : "you answered \(s) with \(value)")
                : "Sie \(s) \(not)mit \(value) beantwortet haben"
        case (.participant, _):
            return english
                ? "\(value) is \(not)on record for you as \(s)"
                : "für Sie bei \(s) \(not)\(value) hinterlegt ist"
        case (.text, .includes):
            return english
                ? "your answer to \(s) \(denied ? "does not contain" : "contains") \(value)"
                : "Ihre Angabe bei \(s) \(value) \(not)enthält"
        default:
            let amount = entered(relation, date: subject.kind == .date)
            return english
                ? (denied
                    ? "you did not enter \(amount)\(value) in \(s)" : "you entered \(amount)\(value) in \(s)")
                : "Sie bei \(s) \(not)\(amount)\(value) angegeben haben"
        }
    }

    /// „A“, „A“ oder „B“, weder „A“ noch „B“.
    private func alternatives(_ values: [String], negated: Bool) -> String {
        guard values.count > 1 else { return values.first ?? "" }
        let head = values.dropLast().joined(separator: ", ")
        let last = values[values.count - 1]
        return negated
            ? pick("weder \(head) noch \(last)", "neither \(head) nor \(last)")
            : pick("\(head) oder \(last)", "\(head) or \(last)")
    }

    /// The report's verb: „ist größer als“, „liegt vor dem“; "is more than", "is before".
    private func verb(_ relation: Relation, _ dates: Bool) -> String {
        switch (relation, dates) {
        case (.equal, false), (.includes, _): pick("ist", "is")
        case (.less, false): pick("ist kleiner als", "is less than")
        case (.lessOrEqual, false): pick("ist höchstens", "is at most")
        case (.greater, false): pick("ist größer als", "is more than")
        case (.greaterOrEqual, false): pick("ist mindestens", "is at least")
        case (.equal, true): pick("liegt am", "is")
        case (.less, true): pick("liegt vor dem", "is before")
        case (.lessOrEqual, true): pick("liegt spätestens am", "is on or before")
        case (.greater, true): pick("liegt nach dem", "is after")
        case (.greaterOrEqual, true): pick("liegt frühestens am", "is on or after")
        }
    }

    /// A main clause's verb moved to the end, as a clause after „wenn“ has it: „ist größer als 3“ → „größer als 3 ist“.
    private func germanClause(_ phrase: String) -> String {
        guard let space = phrase.firstIndex(of: " ") else { return phrase }
        return phrase[phrase.index(after: space)...] + " " + phrase[..<space]
    }

    /// What a respondent entered, before the value: „mehr als“, „ein Datum vor dem“; "more than", "a date before".
    private func entered(_ relation: Relation, date: Bool) -> String {
        switch (relation, date) {
        case (.equal, false), (.includes, _): ""
        case (.less, false): pick("weniger als ", "less than ")
        case (.lessOrEqual, false): pick("höchstens ", "at most ")
        case (.greater, false): pick("mehr als ", "more than ")
        case (.greaterOrEqual, false): pick("mindestens ", "at least ")
        case (.equal, true): pick("den ", "")
        case (.less, true): pick("ein Datum vor dem ", "a date before ")
        case (.lessOrEqual, true): pick("ein Datum bis zum ", "a date on or before ")
        case (.greater, true): pick("ein Datum nach dem ", "a date after ")
        case (.greaterOrEqual, true): pick("ein Datum ab dem ", "a date on or after ")
        }
    }

    /// Another answer as the value of a comparison: „Ihre Angabe bei „PCs““ for the respondent.
    func answer(to subject: Subject) -> String {
        guard respondent, !subject.derived, subject.kind != .participant else { return subject.words }
        return pick("Ihre Angabe bei \(subject.words)", "your answer to \(subject.words)")
    }

    func count(_ subject: Subject) -> String {
        respondent
            ? pick("die Zahl Ihrer Angaben bei \(subject.words)", "the number of your answers to \(subject.words)")
            : pick("Anzahl der Angaben zu \(subject.words)", "number of answers to \(subject.words)")
    }

    func year(_ subject: Subject) -> String {
        respondent
            ? pick("das Jahr Ihrer Angabe bei \(subject.words)", "the year of your answer to \(subject.words)")
            : pick("Jahr von \(subject.words)", "year of \(subject.words)")
    }

    func length(_ subject: Subject) -> String {
        respondent
            ? pick(
                "die Zahl der Zeichen Ihrer Angabe bei \(subject.words)",
                "the number of characters in your answer to \(subject.words)")
            : pick("Länge von \(subject.words)", "length of \(subject.words)")
    }

    /// `a + b` and the like: „PCs“ plus „Notebooks“.
    func arithmetic(_ op: BinaryOperator, _ left: String, _ right: String) -> String {
        let word =
            switch op {
            case .plus: "plus"
            case .minus: "minus"
            case .times: pick("mal", "times")
            default: pick("geteilt durch", "divided by")
            }
        return "\(left) \(word) \(right)"
    }

    func negative(_ operand: String) -> String { "minus \(operand)" }

    /// A numeric function of its arguments in words; nil for those described elsewhere.
    func function(_ function: ExpressionFunction, _ arguments: [String]) -> String? {
        let list =
            arguments.count > 1
            ? arguments.dropLast().joined(separator: ", ") + " \(and) " + arguments[arguments.count - 1]
            : arguments.first ?? ""
        switch function {
        case .sum: return pick("die Summe aus \(list)", "the sum of \(list)")
        case .min: return pick("der kleinste Wert aus \(list)", "the smallest of \(list)")
        case .max: return pick("der größte Wert aus \(list)", "the largest of \(list)")
        case .abs: return pick("der Betrag von \(list)", "the absolute value of \(list)")
        case .round where arguments.count == 2:
            let one = arguments[1] == "1"
            return pick(
                "\(arguments[0]) gerundet auf \(arguments[1]) Nachkommastelle\(one ? "" : "n")",
                "\(arguments[0]) rounded to \(arguments[1]) decimal place\(one ? "" : "s")")
        case .round: return pick("\(list) gerundet", "\(list) rounded")
        default: return nil
        }
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
