import StrictJSON
import Testing

@testable import SurveyModel

/// New surveys: blank, as a new wave of an existing one, and from the shipped examples.
@Suite struct DefinitionTemplateTests {
    private func path(_ text: String) -> DefinitionPath { DefinitionPath(parsing: text)! }

    @Test func aBlankSurveyLoadsWithItsStartingPage() throws {
        let blank = DefinitionTemplate.blank(id: "elternbefragung", title: "Elternbefragung", languages: ["de", "en"])
        #expect(blank["title"] == ["de": "Elternbefragung", "en": "Elternbefragung"])
        #expect(EditingTestSupport.errors(blank) == [])
        #expect(blank.value(at: path("pages[0].title")) == ["de": "Neue Seite", "en": "New page"])
        let definition = try [
            DefinitionEdit.setText(path("pages[0].title"), language: "de", "Allgemeines"),
            .setText(path("pages[0].title"), language: "en", "General"), .addQuestion(.single, page: 0),
        ].reduce(blank) { try $1.apply(to: $0) }
        #expect(EditingTestSupport.errors(definition) == [])
        #expect(definition.value(at: path("pages[0].questions[1].id")) == "auswahl_2")
    }

    @Test func aWaveKeepsEverythingButIdTitleAndDates() throws {
        let original = try EditingTestSupport.shipped("digitale-bildung")
        let wave = DefinitionTemplate.wave(
            of: original, id: "digitale-bildung-2027", opens: "2027-11-15", closes: "2028-01-28",
            titleSuffix: " 2027")
        #expect(wave["id"] == "digitale-bildung-2027")
        #expect(wave["opens"] == "2027-11-15" && wave["closes"] == "2028-01-28")
        #expect(wave["title"]?["de"]?.string == (original["title"]?["de"]?.string).map { $0 + " 2027" })
        #expect(wave["title"]?["en"]?.string?.hasSuffix(" 2027") == true)
        #expect(wave.fields?.map(\.key) == original.fields?.map(\.key))
        for key in ["participantFields", "pages", "report", "languages", "access", "description", "privacy"] {
            #expect(wave[key] == original[key], "\(key)")
        }
        let survey = try #require(EditingTestSupport.load(wave).survey)
        let before = try #require(EditingTestSupport.load(original).survey)
        #expect(survey.questions.map(\.id) == before.questions.map(\.id))
        #expect(survey.participantFields == before.participantFields)
        #expect(survey.opens != before.opens)
    }

    @Test func aWaveWithoutDatesIsOpenAtOnceAndAddsMissingDates() throws {
        let original = try EditingTestSupport.shipped("fortbildung-feedback")
        let open = DefinitionTemplate.wave(of: original, id: "fortbildung-feedback-2", opens: nil, closes: nil)
        #expect(open["opens"] == nil && open["closes"] == nil && open["title"] == original["title"])
        let dated = DefinitionTemplate.wave(of: open, id: "fortbildung-feedback-3", opens: "2027-03-01", closes: nil)
        let keys = try #require(dated.fields?.map(\.key))
        #expect(keys.firstIndex(of: "opens") == keys.firstIndex(of: "anonymous").map { $0 + 1 })
        #expect(EditingTestSupport.errors(dated) == [])
    }

    @Test func theShippedSurveysServeAsTemplates() throws {
        let templates = DefinitionTemplate.shipped(in: RepositoryPaths.path("surveys"))
        #expect(templates.map(\.id) == ["digitale-bildung", "fortbildung-feedback"])
        #expect(templates[1].title.hasPrefix("Rückmeldung zum Fortbildungstag"))
        #expect(templates[0].title == "Befragung der Schulen zum Stand der Digitalen Bildung")
        let copy = DefinitionTemplate.wave(of: templates[1].definition, id: "feedback-maerz", opens: nil, closes: nil)
        #expect(EditingTestSupport.errors(copy) == [])
        #expect(DefinitionTemplate.shipped(in: RepositoryPaths.path("no-such-folder")).isEmpty)
    }
}
