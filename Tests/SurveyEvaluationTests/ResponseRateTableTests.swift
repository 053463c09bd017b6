import Markup
import SurveyStore
import TestSupport
import Testing

@testable import SurveyEvaluation

/// The report's response-rate table and the rule that keeps a single school's participation unknown.
@Suite struct ResponseRateTableTests {
    static func group(_ value: String, invited: Int, started: Int = 0, submitted: Int) -> ParticipationCounts.Group {
        ParticipationCounts.Group(
            value: value, label: value, counts: .init(invited: invited, started: started, submitted: submitted))
    }

    @Test func hidesGroupsThatWouldTellWhichSchoolsAnswered() {
        let groups = [
            Self.group("four-missing", invited: 10, submitted: 6),
            Self.group("all", invited: 8, submitted: 8),
            Self.group("half", invited: 20, started: 3, submitted: 10),
        ]
        let hidden = ParticipationSuppression(groups, minGroupSize: 5)
        // 4 schools did not submit: hidden. Total minus the third group would give it back, so the
        // smallest other group is hidden too. All 8 of a group answering singles out nobody.
        #expect(hidden.submittedHidden == [true, true, false])
        // 3 started: hidden, and with it one more started count so the total does not give it away.
        #expect(hidden.startedHidden == [true, true, true])
        #expect(ParticipationSuppression(groups, minGroupSize: 1).submittedHidden == [false, false, false])
    }

    /// For random groups: every group that has 1 … k − 1 submitted or not submitted is
    /// hidden, and no column hides exactly one group (the total would give it back).
    @Test func noHiddenFigureFollowsFromTheTotal() {
        var generator = SeededGenerator(seed: 5)
        for _ in 0..<2_000 {
            let k = Int.random(in: 2...6, using: &generator)
            let groups = (0..<Int.random(in: 1...6, using: &generator)).map { index in
                let invited = Int.random(in: 0...20, using: &generator)
                let submitted = Int.random(in: 0...invited, using: &generator)
                return Self.group(
                    "g\(index)", invited: invited,
                    started: Int.random(in: 0...(invited - submitted), using: &generator),
                    submitted: submitted)
            }
            let hidden = ParticipationSuppression(groups, minGroupSize: k)
            for (index, group) in groups.enumerated() {
                let counts = group.counts
                let small = { (count: Int) in count > 0 && count < k }
                if small(counts.submitted) || small(counts.invited - counts.submitted) {
                    #expect(hidden.submittedHidden[index])
                }
                if small(counts.started) { #expect(hidden.startedHidden[index]) }
                if hidden.submittedHidden[index] { #expect(hidden.startedHidden[index]) }
            }
            // One hidden group in a column is only safe when it is the only group (its value is the total).
            if groups.count > 1 {
                #expect(hidden.submittedHidden.count(where: { $0 }) != 1)
                #expect(hidden.startedHidden.count(where: { $0 }) != 1)
            }
        }
    }

    static func html(_ counts: ParticipationCounts?, language: String = "de", k: Int = 5) -> String {
        var html = HTMLBuilder()
        ResponseRateTable.render(counts, language: OutputLanguage(code: language), minGroupSize: k, into: &html)
        return html.string
    }

    static let counts = ParticipationCounts(
        survey: ParticipationTests.survey,
        participants: (1...14).map { ParticipationTests.school(String($0), $0 <= 9 ? "gs" : "gym") },
        view: ParticipationTests.view((1...9).map { (.submit, String($0)) } + [(.submit, nil)]), language: "de")

    @Test func showsInvitedAlwaysAndMarksWithheldFigures() {
        let html = Self.html(Self.counts)
        #expect(html.contains("<caption>Rücklauf nach Schulart</caption>"))
        #expect(html.contains("<th scope=\"row\">Grundschule</th><td class=\"n\">9</td>"))
        // Grundschule: 9 of 9; Gymnasium: 5 invited, none submitted. Neither is small, both are shown.
        #expect(html.contains("<td class=\"n\">100,0\u{00A0}%</td>"))
        #expect(
            html.contains(
                "<th scope=\"row\">Gymnasium</th><td class=\"n\">5</td><td class=\"n\">0</td><td class=\"n\">0</td>"))
        #expect(
            html.contains(
                "<th scope=\"row\">Insgesamt</th><td class=\"n\">14</td><td class=\"n\">0</td><td class=\"n\">9</td><td class=\"n\">64,3\u{00A0}%</td>"
            ))
        #expect(
            html.contains(
                "Außerdem wurde 1 Antwort ohne registrierte Teilnehmende abgeschickt. Sie ist in den Ergebnissen enthalten, zählt aber nicht zum Rücklauf."
            ))
        // Below k = 10, 9 submitted and 5 not submitted are both small.
        let english = Self.html(Self.counts, language: "en", k: 10)
        #expect(english.contains("<caption>Response rate by Schulart</caption>"))
        #expect(
            english.contains(
                "<th scope=\"row\">Grundschule</th><td class=\"n\">9</td><td class=\"n\">—</td><td class=\"n\">—</td><td class=\"n\">—</td>"
            ))
        #expect(english.contains("fewer than 10 schools of this group submitted"))
        #expect(english.contains("In addition, 1 response was submitted without a registered participant."))
    }

    @Test func aSurveyWithoutInvitationsHasNoTable() {
        let publicCounts = ParticipationCounts(
            survey: ParticipationTests.survey, participants: [], view: ParticipationTests.view([(.submit, nil)]),
            language: "de")
        #expect(Self.html(publicCounts).isEmpty)
        #expect(Self.html(nil).isEmpty)
    }
}
