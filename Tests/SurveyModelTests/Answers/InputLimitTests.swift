import Testing

@testable import SurveyModel

/// Bounds on what one posted answer may be and cost: clean text, bounded lengths, linear reading.
struct InputLimitTests {
    @Test(arguments: [
        ("a\r\nb", "a\nb"),
        ("a\rb", "a\nb"),
        ("a\n\rb", "a\n\nb"),
        ("\u{0}a\u{1B}[31mb\u{7F}\u{85}\u{9F}", "a[31mb"),
        ("  eins\tzwei \u{8}", "eins\tzwei"),
        ("\r\n", ""),
    ])
    func postedTextKeepsLineBreaksAndTabsAndDropsOtherControls(input: String, expected: String) {
        #expect(PostedText.normalized(input) == expected)
    }

    @Test func textAnswersAreCleanedBeforeTheyAreChecked() throws {
        let name = try testQuestion("name")
        // Ten characters once the controls are gone, so within maxLength 10.
        let answer = try name.answer(from: RawAnswer("\u{1}ab\u{2}cdefghij\u{0}"), language: "de")
        #expect(answer == .text("abcdefghij"))
        #expect(try name.problem(with: #require(answer), required: true) == nil)
    }

    @Test func textWithoutMaxLengthHasADefaultLimit() throws {
        let multiline = try testQuestion("notiz")
        let singleLine = try testQuestion("mail")
        let long = String(repeating: "x", count: TextSettings.defaultMultilineMaxLength + 1)
        #expect(
            multiline.problem(with: .text(long), required: false)
                == .tooLong(maxLength: TextSettings.defaultMultilineMaxLength))
        #expect(multiline.problem(with: .text(String(long.dropLast())), required: false) == nil)
        let line = String(repeating: "x", count: TextSettings.defaultSingleLineMaxLength + 1)
        #expect(
            singleLine.problem(with: .text(line), required: false)
                == .tooLong(maxLength: TextSettings.defaultSingleLineMaxLength))
    }

    @Test func otherTextIsLimited() throws {
        let internet = try testQuestion("internet")
        let long = String(repeating: "x", count: Question.otherTextMaxLength + 1)
        #expect(
            internet.problem(with: .single(.other(long)), required: false)
                == .tooLong(maxLength: Question.otherTextMaxLength))
    }

    @Test func draftKeepsUnfinishedInputButNothingBeyondALimit() throws {
        let name = try testQuestion("name")
        let pupils = try testQuestion("schueler")
        let services = try testQuestion("dienste")
        let provider = try testQuestion("traeger")
        // Unfinished: empty, half-typed, too few choices, "none" with another choice.
        #expect(name.draftProblem(with: RawAnswer(""), language: "de") == nil)
        #expect(pupils.draftProblem(with: RawAnswer("12a"), language: "de") == nil)
        #expect(services.draftProblem(with: RawAnswer(values: ["moodle"]), language: "de") == nil)
        #expect(services.draftProblem(with: RawAnswer(values: ["keine", "bbb"]), language: "de") == nil)
        // Beyond a limit.
        #expect(name.draftProblem(with: RawAnswer("elf Zeichen"), language: "de") == .tooLong(maxLength: 10))
        #expect(pupils.draftProblem(with: RawAnswer("5001"), language: "de") == .aboveMaximum(5000))
        #expect(provider.draftProblem(with: RawAnswer("land"), language: "de") == .unknownOption("land"))
        // An oversized value is refused even behind a problem that a draft keeps.
        let huge = String(repeating: "x", count: 5_000)
        #expect(
            services.draftProblem(with: RawAnswer(values: ["keine", huge]), language: "de")
                == .tooLong(maxLength: Question.shortInputMaxLength))
        #expect(pupils.draftProblem(with: RawAnswer(huge), language: "de") == .tooLong(maxLength: 100))
        #expect(
            provider.draftProblem(with: RawAnswer(values: ["kreis"], other: huge), language: "de")
                == .tooLong(maxLength: Question.otherTextMaxLength))
    }

    @Test func repeatedChoicesAreFoldedIntoOne() throws {
        let services = try testQuestion("dienste")
        let posted = Array(repeating: ["moodle", "bbb", "moodle "], count: 1_000).flatMap { $0 }
        let answer = try services.answer(from: RawAnswer(values: posted), language: "de")
        #expect(answer == .multiple(MultipleChoiceAnswer(values: ["moodle", "bbb"], other: nil)))
    }
}
