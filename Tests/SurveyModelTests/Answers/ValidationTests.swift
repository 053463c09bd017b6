import Testing

@testable import SurveyModel

struct ValidationTests {
    private static func date(_ iso: String) -> CalendarDate { CalendarDate(iso: iso) ?? testToday }

    @Test func aCompleteResponseIsValid() {
        #expect(answerTestSurvey.validate(validTestAnswers, participant: [:], today: testToday).isEmpty)
    }

    /// A change to the valid response and the one issue it must cause.
    static let cases:
        [(label: String, change: [String: Answer?], participant: [String: String], issue: ValidationIssue)] = [
            ("required", ["name": nil], [:], ValidationIssue(questionID: "name", error: .required)),
            (
                "blank text is unanswered", ["name": .text("")], [:],
                ValidationIssue(questionID: "name", error: .required)
            ),
            (
                "requiredIf holds", ["dienste": nil, "moodle_anteil": nil], [:],
                ValidationIssue(questionID: "dienste", error: .required)
            ),
            (
                "required by participant", [:], ["schulart": "gs"],
                ValidationIssue(questionID: "gs_frage", error: .required)
            ),
            (
                "type", ["schueler": .text("300")], [:],
                ValidationIssue(questionID: "schueler", error: .wrongType(expected: .number))
            ),
            (
                "integer", ["schueler": .number(300.5)], [:],
                ValidationIssue(questionID: "schueler", error: .notAnInteger)
            ),
            ("min", ["schueler": .number(0)], [:], ValidationIssue(questionID: "schueler", error: .belowMinimum(1))),
            (
                "max", ["schueler": .number(5001)], [:],
                ValidationIssue(questionID: "schueler", error: .aboveMaximum(5000))
            ),
            (
                "decimal min", ["bandbreite": .number(0.25)], [:],
                ValidationIssue(questionID: "bandbreite", error: .belowMinimum(0.5))
            ),
            (
                "maxLength counts characters", ["name": .text("Grundschule")], [:],
                ValidationIssue(questionID: "name", error: .tooLong(maxLength: 10))
            ),
            (
                "pattern", ["plz": .text("5678")], [:],
                ValidationIssue(
                    questionID: "plz",
                    error: .patternMismatch(
                        LocalizedText(
                            translations: ["de": "Bitte fünf Ziffern.", "en": "Five digits, please."],
                            defaultText: "Bitte fünf Ziffern.")))
            ),
            (
                "pattern matches the whole text", ["plz": .text("567890")], [:],
                ValidationIssue(
                    questionID: "plz",
                    error: .patternMismatch(
                        LocalizedText(
                            translations: ["de": "Bitte fünf Ziffern.", "en": "Five digits, please."],
                            defaultText: "Bitte fünf Ziffern.")))
            ),
            ("email", ["mail": .text("info@schule")], [:], ValidationIssue(questionID: "mail", error: .invalidEmail)),
            (
                "option", ["traeger": .single(.option("land"))], [:],
                ValidationIssue(questionID: "traeger", error: .unknownOption("land"))
            ),
            (
                "other not offered", ["traeger": .single(.other("Land"))], [:],
                ValidationIssue(questionID: "traeger", error: .otherNotOffered)
            ),
            (
                "other text", ["internet": .single(.other(""))], [:],
                ValidationIssue(questionID: "internet", error: .otherTextMissing(LocalizedText("Sonstiges")))
            ),
            (
                "multiple option", ["dienste": .multiple(MultipleChoiceAnswer(values: ["moodle", "teams"]))], [:],
                ValidationIssue(questionID: "dienste", error: .unknownOption("teams"))
            ),
            (
                "duplicate", ["dienste": .multiple(MultipleChoiceAnswer(values: ["moodle", "moodle"]))], [:],
                ValidationIssue(questionID: "dienste", error: .duplicateChoice(LocalizedText("moodle")))
            ),
            (
                "exclusive",
                ["dienste": .multiple(MultipleChoiceAnswer(values: ["keine"], other: "Padlet")), "moodle_anteil": nil],
                [:],
                ValidationIssue(questionID: "dienste", error: .exclusiveCombined(LocalizedText("keine")))
            ),
            (
                "minSelected", ["dienste": .multiple(MultipleChoiceAnswer(values: ["moodle"]))], [:],
                ValidationIssue(questionID: "dienste", error: .tooFewSelected(2))
            ),
            (
                "empty choice is unanswered",
                ["dienste": .multiple(MultipleChoiceAnswer(values: [])), "moodle_anteil": nil], [:],
                ValidationIssue(questionID: "dienste", error: .required)
            ),
            (
                "maxSelected counts other",
                ["dienste": .multiple(MultipleChoiceAnswer(values: ["moodle", "bbb", "mail"], other: "x"))], [:],
                ValidationIssue(questionID: "dienste", error: .tooManySelected(3))
            ),
            (
                "scale range", ["note": .scale(.point(7))], [:],
                ValidationIssue(questionID: "note", error: .outsideScale(from: 1, to: 6))
            ),
            (
                "scale without n/a", ["note": .scale(.notApplicable)], [:],
                ValidationIssue(questionID: "note", error: .notApplicableNotOffered)
            ),
            (
                "matrix rows required", ["aussagen": .matrix(["ausreichend": .point(3)])], [:],
                ValidationIssue(questionID: "aussagen", error: .rowsMissing(1))
            ),
            (
                "matrix range", ["aussagen": .matrix(["ausreichend": .point(0), "aktuell": .point(2)])], [:],
                ValidationIssue(questionID: "aussagen", error: .outsideScale(from: 1, to: 5))
            ),
            (
                "matrix unknown row",
                ["aussagen": .matrix(["ausreichend": .point(1), "aktuell": .point(2), "neu": .point(3)])], [:],
                ValidationIssue(questionID: "aussagen", error: .unknownRow("neu"))
            ),
            (
                "matrix options", ["technik": .matrix(["beamer": .option("vielleicht")])], [:],
                ValidationIssue(questionID: "technik", error: .unknownOption("vielleicht"))
            ),
            (
                "matrix cell type", ["technik": .matrix(["beamer": .point(1)])], [:],
                ValidationIssue(questionID: "technik", error: .wrongType(expected: .matrix))
            ),
            (
                "rankCount", ["vorhaben": .ranking(["wlan"])], [:],
                ValidationIssue(questionID: "vorhaben", error: .wrongRankCount(2))
            ),
            (
                "ranking option", ["vorhaben": .ranking(["wlan", "ki"])], [:],
                ValidationIssue(questionID: "vorhaben", error: .unknownOption("ki"))
            ),
            (
                "ranking twice", ["vorhaben": .ranking(["wlan", "wlan"])], [:],
                ValidationIssue(questionID: "vorhaben", error: .duplicateChoice(LocalizedText("WLAN")))
            ),
            (
                "date min", ["stichtag": .date(date("2023-12-31"))], [:],
                ValidationIssue(questionID: "stichtag", error: .dateTooEarly(date("2024-01-01")))
            ),
            (
                "date max", ["stichtag": .date(date("2025-01-01"))], [:],
                ValidationIssue(questionID: "stichtag", error: .dateTooLate(date("2024-12-31")))
            ),
            (
                "validate rule", ["lehrkraefte": .number(400)], [:],
                ValidationIssue(
                    questionID: "lehrkraefte",
                    error: .ruleFailed(
                        LocalizedText(
                            translations: ["de": "Mehr Lehrkräfte als Schüler?", "en": "More teachers than pupils?"],
                            defaultText: "Mehr Lehrkräfte als Schüler?")))
            ),
        ]

    @Test(arguments: cases)
    func findsTheProblem(
        label: String, change: [String: Answer?], participant: [String: String], issue: ValidationIssue
    ) {
        var answers = validTestAnswers
        for (id, answer) in change { answers[id] = answer }
        let issues = answerTestSurvey.validate(answers, participant: participant, today: testToday)
        #expect(issues == [issue], "\(label)")
    }

    @Test func hiddenQuestionsAreNotChecked() {
        var answers = validTestAnswers
        answers["dienste"] = .multiple(MultipleChoiceAnswer(values: ["bbb", "mail"]))
        // moodle_anteil is required but hidden now; its stale answer is ignored too.
        answers["moodle_anteil"] = .single(.option("gar nicht"))
        #expect(answerTestSurvey.validate(answers, participant: [:], today: testToday).isEmpty)
    }

    @Test func onePageAtATime() {
        let answers = Answers(["name": .text("Schule"), "internet": .single(.option("keiner"))])
        let firstPage = answerTestSurvey.validate(answers, participant: [:], today: testToday, pages: ["start"])
        #expect(firstPage.map(\.questionID) == ["schueler"])
        var withInternet = answers
        withInternet["internet"] = .single(.option("glasfaser"))
        let secondPage = answerTestSurvey.validate(withInternet, participant: [:], today: testToday, pages: ["mehr"])
        #expect(secondPage.map(\.questionID) == ["aussagen"])
    }

    @Test func issuesComeInFormOrder() {
        let answers = Answers(["internet": .single(.option("glasfaser"))])
        let issues = answerTestSurvey.validate(answers, participant: ["schulart": "gs"], today: testToday)
        #expect(issues.map(\.questionID) == ["name", "schueler", "dienste", "aussagen", "gs_frage"])
    }

    @Test func aConditionOnAnUnansweredQuestionDoesNotHold() {
        // "internet != 'keiner'" is not true while internet is unanswered, so the second page stays hidden.
        let issues = answerTestSurvey.validate(Answers(), participant: [:], today: testToday)
        #expect(issues.map(\.questionID) == ["name", "schueler", "internet"])
    }

    @Test(arguments: [Answer.number(0), .text("300"), .number(12.5)])
    func rulesWaitForTheQuestionsTheyCompareWith(schueler: Answer) {
        var answers = validTestAnswers
        answers["schueler"] = schueler
        let issues = answerTestSurvey.validate(answers, participant: [:], today: testToday)
        #expect(issues.map(\.questionID) == ["schueler"])
    }

    @Test func emailAddresses() {
        for good in ["info@schule.de", "a.b-c+d@grundschule-am-see.rlp.de", "sekretariat@müller-schule.de"] {
            #expect(EmailAddress.isPlausible(good), "\(good)")
        }
        for bad in [
            "", "info", "info@", "@schule.de", "info@schule", "info@@schule.de", "info @schule.de",
            "info@schule..de", ".info@schule.de", "info@-schule.de", "<info@schule.de>",
        ] {
            #expect(!EmailAddress.isPlausible(bad), "\(bad)")
        }
    }

    /// Every error in both languages, so neither table column can be forgotten.
    static let messages: [(error: AnswerError, german: String, english: String)] = [
        (
            .notANumber("zwölf"), "„zwölf“ ist keine Zahl. Bitte geben Sie nur Ziffern ein, z. B. 12 oder 12,5.",
            "“zwölf” is not a number. Please enter digits only, e.g. 12 or 12.5."
        ),
        (
            .notADate("31.02."),
            "„31.02.“ ist kein gültiges Datum. Bitte geben Sie es als TT.MM.JJJJ ein, z. B. 01.03.2024.",
            "“31.02.” is not a valid date. Please enter it as YYYY-MM-DD, e.g. 2024-03-01."
        ),
        (.notABoolean("x"), "Bitte wählen Sie „ja“ oder „nein“.", "Please choose “yes” or “no”."),
        (.notAScalePoint("x"), "Bitte wählen Sie einen Punkt der Skala.", "Please choose a point on the scale."),
        (.required, "Bitte beantworten Sie diese Frage.", "Please answer this question."),
        (
            .wrongType(expected: .single), "Die Antwort passt nicht zum Fragetyp „Einfachauswahl“.",
            "The answer does not fit the question type “single choice”."
        ),
        (
            .notAnInteger, "Bitte geben Sie eine ganze Zahl ohne Nachkommastellen ein.",
            "Please enter a whole number without decimals."
        ),
        (
            .belowMinimum(0.5), "Bitte geben Sie eine Zahl von mindestens 0,5 ein.",
            "Please enter a number of at least 0.5."
        ),
        (
            .aboveMaximum(100000), "Bitte geben Sie eine Zahl von höchstens 100.000 ein.",
            "Please enter a number of at most 100,000."
        ),
        (
            .tooLong(maxLength: 2000), "Bitte kürzen Sie Ihre Antwort auf höchstens 2000 Zeichen.",
            "Please shorten your answer to at most 2000 characters."
        ),
        (
            .patternMismatch(
                LocalizedText(
                    translations: ["de": "Fünf Ziffern.", "en": "Five digits."], defaultText: "Fünf Ziffern.")),
            "Fünf Ziffern.", "Five digits."
        ),
        (
            .patternMismatch(nil), "Die Eingabe hat nicht das erwartete Format.",
            "The entry does not have the expected format."
        ),
        (
            .invalidEmail, "Bitte geben Sie eine gültige E-Mail-Adresse ein, z. B. name@schule.de.",
            "Please enter a valid e-mail address, e.g. name@school.org."
        ),
        (
            .unknownOption("land"), "„land“ steht nicht zur Auswahl. Bitte wählen Sie eine der angebotenen Antworten.",
            "“land” is not one of the choices. Please choose one of the answers offered."
        ),
        (
            .otherNotOffered,
            "Diese Frage bietet keine freie Antwort an. Bitte wählen Sie eine der angebotenen Antworten.",
            "This question offers no free answer. Please choose one of the answers offered."
        ),
        (
            .otherTextMissing(
                LocalizedText(
                    translations: ["de": "anderer Träger:", "en": "other provider:"], defaultText: "anderer Träger:")),
            "Sie haben „anderer Träger“ gewählt. Bitte tragen Sie ein, was Sie meinen.",
            "You chose “other provider”. Please enter what you mean."
        ),
        (
            .duplicateChoice(LocalizedText(translations: ["de": "Räume", "en": "rooms"], defaultText: "Räume")),
            "„Räume“ ist mehrfach gewählt. Bitte wählen Sie jede Antwort nur einmal.",
            "“rooms” is chosen more than once. Please choose each answer only once."
        ),
        (
            .exclusiveCombined(LocalizedText(translations: ["de": "keine", "en": "none"], defaultText: "keine")),
            "„keine“ kann nicht zusammen mit anderen Antworten gewählt werden.",
            "“none” cannot be chosen together with other answers."
        ),
        (.tooFewSelected(1), "Bitte wählen Sie mindestens eine Antwort.", "Please choose at least one answer."),
        (.tooFewSelected(2), "Bitte wählen Sie mindestens 2 Antworten.", "Please choose at least 2 answers."),
        (.tooManySelected(1), "Bitte wählen Sie höchstens eine Antwort.", "Please choose at most one answer."),
        (.tooManySelected(3), "Bitte wählen Sie höchstens 3 Antworten.", "Please choose at most 3 answers."),
        (
            .wrongRankCount(3), "Bitte vergeben Sie genau 3 Ränge, jeden mit einer anderen Antwort.",
            "Please fill exactly 3 ranks, each with a different answer."
        ),
        (
            .dateTooEarly(date("2024-03-01")), "Bitte geben Sie ein Datum ab dem 01.03.2024 ein.",
            "Please enter a date on or after 2024-03-01."
        ),
        (
            .dateTooLate(date("2024-12-31")), "Bitte geben Sie ein Datum bis zum 31.12.2024 ein.",
            "Please enter a date on or before 2024-12-31."
        ),
        (
            .outsideScale(from: 1, to: 5), "Bitte wählen Sie einen Wert von 1 bis 5.",
            "Please choose a value from 1 to 5."
        ),
        (.notApplicableNotOffered, "Bitte wählen Sie einen Punkt der Skala.", "Please choose a point on the scale."),
        (
            .unknownRow("neu"), "Die Zeile „neu“ gehört nicht zu dieser Frage.",
            "The row “neu” does not belong to this question."
        ),
        (.rowsMissing(1), "Bitte beantworten Sie auch die noch offene Zeile.", "Please also answer the remaining row."),
        (
            .rowsMissing(2), "Bitte beantworten Sie auch die 2 noch offenen Zeilen.",
            "Please also answer the 2 remaining rows."
        ),
        (
            .ruleFailed(LocalizedText(translations: ["de": "Zu viele.", "en": "Too many."], defaultText: "Zu viele.")),
            "Zu viele.", "Too many."
        ),
    ]

    @Test(arguments: messages)
    func speaksGermanAndEnglish(error: AnswerError, german: String, english: String) {
        #expect(error.message(in: "de") == german)
        #expect(error.message(in: "en") == english)
        #expect(ValidationIssue(questionID: "q", error: error).message(in: "de") == german)
    }
}
