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

    @Test func hidesGroupsTooSmallToBeEvaluated() {
        let groups = [
            Self.group("few", invited: 6, submitted: 4),
            Self.group("all", invited: 8, submitted: 8),
            Self.group("half", invited: 20, started: 3, submitted: 10),
        ]
        let hidden = ParticipationSuppression(groups, minGroupSize: 5)
        // 4 submitted: the group the breakdown hides. Total minus the third group would give it
        // back, so the smallest other group is hidden too. 3 started of 20 singles out nobody.
        #expect(hidden.hidden == [true, true, false])
        #expect(ParticipationSuppression(groups, minGroupSize: 1).hidden == [false, false, false])
    }

    /// For random groups: every group with 1 … k − 1 submissions is hidden, and no table hides
    /// exactly one group (the total would give it back).
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
            let hidden = ParticipationSuppression(groups, minGroupSize: k).hidden
            for (index, group) in groups.enumerated() where group.counts.submitted > 0 && group.counts.submitted < k {
                #expect(hidden[index])
            }
            // One hidden group is only safe when it is the only group (its value is the total).
            if groups.count > 1 { #expect(hidden.count(where: { $0 }) != 1) }
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
        #expect(english.contains("<caption>Response rate: Schulart</caption>"))
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
