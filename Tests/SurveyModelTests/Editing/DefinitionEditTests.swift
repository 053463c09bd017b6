import StrictJSON
import Testing

@testable import SurveyModel

/// Each edit on the shipped surveys: what it changes, and that the result still loads unless the
/// edit is documented to leave something for the loader to flag.
@Suite struct DefinitionEditTests {
    let bildung: JSON
    let feedback: JSON

    init() throws {
        bildung = try EditingTestSupport.shipped("digitale-bildung")
        feedback = try EditingTestSupport.shipped("fortbildung-feedback")
    }

    private func loads(_ definition: JSON, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        #expect(
            EditingTestSupport.errors(definition) == [], "the edited definition should load",
            sourceLocation: sourceLocation)
    }

    private func path(_ text: String) -> DefinitionPath { DefinitionPath(parsing: text)! }

    @Test func setsAndRemovesValuesCreatingMissingMembers() throws {
        let set = try DefinitionEdit.set(path("report.minGroupSize"), 7).apply(to: feedback)
        #expect(set["report"]?["minGroupSize"] == 7)
        loads(set)
        let help = try DefinitionEdit.set(path("pages[0].questions[0].help"), "Bitte wählen").apply(to: feedback)
        #expect(help.value(at: path("pages[0].questions[0].help")) == "Bitte wählen")
        loads(help)
        let removed = try DefinitionEdit.remove(path("pages[0].questions[1].required")).apply(to: feedback)
        #expect(removed.value(at: path("pages[0].questions[1].required")) == nil)
        loads(removed)
        // A required key may go: the loader then names it at its object.
        let untitled = try DefinitionEdit.remove(path("pages[0].title")).perform(on: feedback)
        let places = EditingTestSupport.diagnosticPaths(untitled.definition).map(\.path)
        #expect(places.first == path("pages[0]") && places.allSatisfy { untitled.touched[0].contains($0) })
    }

    @Test func setsTextsPerLanguageAndAsPlainStrings() throws {
        let title = path("pages[0].questions[0].title")
        let german = try DefinitionEdit.setText(title, language: "de", "Schulname").apply(to: bildung)
        #expect(german.value(at: title)?["de"] == "Schulname")
        #expect(german.value(at: title)?["en"] == bildung.value(at: title)?["en"])
        loads(german)
        // A plain string becomes a language object that keeps it for the other languages.
        let unit = path("pages[1].questions[1].unit")
        let plain = try #require(bildung.value(at: unit)?.string)
        let english = try DefinitionEdit.setText(unit, language: "en", "Mbit per second").apply(to: bildung)
        #expect(english.value(at: unit) == ["de": .string(plain), "en": "Mbit per second"])
        loads(english)
        let single = try DefinitionEdit.setText(title, language: nil, "Name").apply(to: bildung)
        #expect(single.value(at: title) == "Name")
    }

    @Test func addsPagesThatLoadAtOnce() throws {
        let outcome = try DefinitionEdit.addPage.perform(on: bildung)
        let page = try #require(outcome.definition.value(at: path("pages[7]")))
        #expect(page["id"] == "seite_8")
        #expect(page["title"] == ["de": "Neue Seite", "en": "New page"])
        #expect(page["questions"]?.elements?.first?["type"] == "text")
        #expect(outcome.created == path("pages[7]"))
        loads(outcome.definition)
    }

    @Test func freshIdsAvoidEveryIdInUse() throws {
        var definition = try DefinitionEdit.renamePage(0, id: "seite_8").apply(to: bildung)
        definition = try DefinitionEdit.addPage.apply(to: definition)
        #expect(definition.value(at: path("pages[7].id")) == "seite_9")
        let withField = try DefinitionEdit.set(path("participantFields[0].id"), "skala_44").apply(to: bildung)
        let added = try DefinitionEdit.addQuestion(.scale, page: 0).apply(to: withField)
        #expect(added.value(at: path("pages[0].questions[8].id")) == "skala_45")
    }

    @Test func renamesMovesAndDeletesPages() throws {
        let renamed = try DefinitionEdit.renamePage(1, id: "netzanbindung").apply(to: bildung)
        #expect(renamed.value(at: path("pages[1].id")) == "netzanbindung")
        loads(renamed)
        let down = try DefinitionEdit.movePageDown(5).apply(to: bildung)
        #expect(down.value(at: path("pages[6].id")) == "support")
        loads(down)
        let up = try DefinitionEdit.movePageUp(6).apply(to: bildung)
        #expect(up.value(at: path("pages[5].id")) == "fortbildung")
        let far = try DefinitionEdit.movePage(6, to: 0).apply(to: bildung)
        #expect(far.value(at: path("pages[0].id")) == "fortbildung")
        let extended = try DefinitionEdit.addQuestion(.text, page: 0).apply(
            to: DefinitionEdit.addPage.apply(to: bildung))
        let moved = try DefinitionEdit.moveQuestionToPage(QuestionAddress(page: 0, index: 8), page: 7).apply(
            to: extended)
        let deleted = try DefinitionEdit.deletePage(7).apply(to: moved)
        #expect(deleted["pages"]?.elements?.count == 7)
        loads(deleted)
    }

    @Test func addsEveryTypeWithStartingContentThatLoads() throws {
        var definition = bildung
        for type in QuestionType.allCases {
            let outcome = try DefinitionEdit.addQuestion(type, page: 6).perform(on: definition)
            definition = outcome.definition
            let question = try #require(outcome.created.flatMap(definition.value(at:)))
            #expect(question["type"]?.string == type.rawValue)
            #expect(question["id"]?.string?.hasPrefix(StarterContent.idPrefix(type) + "_") == true)
        }
        loads(definition)
        let single = try #require(definition.value(at: path("pages[6].questions[9]")))
        #expect(
            single["options"]?.elements?.map { $0["label"] } == [
                ["de": "Option 1", "en": "Option 1"], ["de": "Option 2", "en": "Option 2"],
            ])
        let scale = try #require(definition.value(at: path("pages[6].questions[12].scale")))
        #expect(scale["from"] == 1 && scale["to"] == 5 && scale["labels"]?.fields?.map(\.key) == ["1", "5"])
        #expect(definition.value(at: path("pages[6].questions[13].rows"))?.elements?.count == 2)
        #expect(definition.value(at: path("pages[6].questions[16].text"))?["de"] == "Hinweistext")
    }

    @Test func theReportListsFollowRenamedAndDeletedQuestions() throws {
        let stichtag = QuestionAddress(page: 0, index: 7)
        let renamed = try DefinitionEdit.renameQuestion(stichtag, id: "bezugsdatum").perform(on: bildung)
        #expect(renamed.definition["report"]?["exclude"] == ["bezugsdatum"])
        #expect(renamed.touched.contains(path("report.exclude[0]")))
        loads(renamed.definition)
        let deleted = try DefinitionEdit.deleteQuestion(stichtag).apply(to: bildung)
        #expect(deleted["report"]?["exclude"] == [])
        loads(deleted)
        // Deleting the support page empties its report section, which the loader then names.
        let page = try DefinitionEdit.deletePage(5).perform(on: bildung)
        #expect(page.definition.value(at: path("report.sections[3].questions")) == [])
        let errors = EditingTestSupport.diagnosticPaths(page.definition).filter { $0.diagnostic.severity == .error }
        #expect(errors.map(\.path) == [path("report.sections[3].questions")])
        #expect(page.touched.contains(path("report")))
    }

    @Test func duplicatesAQuestionRightAfterItWithANewId() throws {
        let address = QuestionAddress(page: 1, index: 1)
        let outcome = try DefinitionEdit.duplicateQuestion(address).perform(on: bildung)
        let copy = try #require(outcome.definition.value(at: path("pages[1].questions[2]")))
        let original = try #require(bildung.value(at: address.path))
        #expect(copy["id"]?.string == "zahl_44")
        #expect(copy["visibleIf"] == original["visibleIf"] && copy["title"] == original["title"])
        #expect(outcome.created == path("pages[1].questions[2]"))
        loads(outcome.definition)
    }

    @Test func movesQuestionsWithinAndBetweenPages() throws {
        let down = try DefinitionEdit.moveQuestionDown(QuestionAddress(page: 0, index: 6)).apply(to: bildung)
        #expect(down.value(at: path("pages[0].questions[7].id")) == "raeume")
        loads(down)
        let up = try DefinitionEdit.moveQuestionUp(QuestionAddress(page: 0, index: 1)).apply(to: bildung)
        #expect(up.value(at: path("pages[0].questions[0].id")) == "schulart")
        let across = try DefinitionEdit.moveQuestionToPage(QuestionAddress(page: 0, index: 3), page: 6)
            .perform(on: bildung)
        #expect(across.definition.value(at: path("pages[6].questions[7].id")) == "ganztag")
        #expect(across.created == path("pages[6].questions[7]"))
        #expect(across.definition.value(at: path("pages[0].questions[3].id")) == "schueler")
        loads(across.definition)
        let samePage = try DefinitionEdit.moveQuestionToPage(QuestionAddress(page: 0, index: 0), page: 0)
            .perform(on: bildung)
        #expect(samePage.definition.value(at: path("pages[0].questions[7].id")) == "schulname")
        #expect(samePage.created == path("pages[0].questions[7]"))
    }

    @Test func deletesAQuestionNobodyReads() throws {
        let deleted = try DefinitionEdit.deleteQuestion(QuestionAddress(page: 6, index: 6)).apply(to: bildung)
        #expect(deleted.value(at: path("pages[6].questions[6]")) == nil)
        loads(deleted)
    }

    @Test func changesTypeKeepingWhatTheNewTypeAccepts() throws {
        // `workshop` is a dropdown single choice, required: as a ranking it keeps options and required.
        let ranking = try DefinitionEdit.changeType(QuestionAddress(page: 0, index: 0), to: .ranking)
            .perform(on: feedback)
        #expect(ranking.droppedKeys == ["display"])
        let question = try #require(ranking.definition.value(at: path("pages[0].questions[0]")))
        #expect(question.fields?.map(\.key) == ["id", "type", "title", "required", "options"])
        loads(ranking.definition)
        // A scale becoming a matrix keeps its scale and gets starting rows.
        let matrix = try DefinitionEdit.changeType(QuestionAddress(page: 0, index: 1), to: .matrix)
            .perform(on: feedback)
        #expect(matrix.definition.value(at: path("pages[0].questions[1].rows"))?.elements?.count == 2)
        #expect(
            matrix.definition.value(at: path("pages[0].questions[1].scale"))
                == feedback.value(at: path("pages[0].questions[1].scale")))
        loads(matrix.definition)
        // A note keeps only id, type, title and visibleIf, and gets a text.
        let note = try DefinitionEdit.changeType(QuestionAddress(page: 0, index: 7), to: .note).perform(on: feedback)
        #expect(note.droppedKeys == ["help", "multiline", "maxLength"])
        loads(note.definition)
        // A note becoming a question gets the keys the type cannot do without.
        let single = try DefinitionEdit.changeType(QuestionAddress(page: 2, index: 0), to: .single).perform(on: bildung)
        #expect(single.droppedKeys == ["text"])
        #expect(single.definition.value(at: path("pages[2].questions[0].options"))?.elements?.count == 2)
        loads(single.definition)
    }

    @Test func addsRemovesMovesAndRenamesChoices() throws {
        let workshop = ChoiceList.options(QuestionAddress(page: 0, index: 0))
        let added = try DefinitionEdit.addChoice(workshop).perform(on: feedback)
        #expect(
            added.definition.value(at: path("pages[0].questions[0].options[4]")) == [
                "value": "option_5", "label": ["de": "Option 5"],
            ])
        loads(added.definition)
        let removed = try DefinitionEdit.removeChoice(workshop, 3).apply(to: feedback)
        #expect(removed.value(at: path("pages[0].questions[0].options"))?.elements?.count == 3)
        loads(removed)
        let moved = try DefinitionEdit.moveChoiceDown(workshop, 0).apply(to: feedback)
        #expect(moved.value(at: path("pages[0].questions[0].options[1].value")) == "tafeln")
        let up = try DefinitionEdit.moveChoiceUp(workshop, 1).apply(to: feedback)
        #expect(up.value(at: path("pages[0].questions[0].options[0].value")) == "moodle")
        let value = try DefinitionEdit.setChoiceValue(workshop, 2, "kuenstliche_intelligenz").apply(to: feedback)
        #expect(value.value(at: path("pages[0].questions[0].options[2].value")) == "kuenstliche_intelligenz")
        loads(value)
        let label = try DefinitionEdit.setChoiceLabel(workshop, 2, language: nil, "KI im Unterricht").apply(
            to: feedback)
        #expect(label.value(at: path("pages[0].questions[0].options[2].label")) == "KI im Unterricht")
        let rows = ChoiceList.rows(QuestionAddress(page: 0, index: 2))
        let row = try DefinitionEdit.addChoice(rows).apply(to: feedback)
        #expect(row.value(at: path("pages[0].questions[2].rows[4].value")) == "aussage_5")
        loads(row)
        let renamedRow = try DefinitionEdit.setChoiceValue(rows, 0, "vortrag_morgens").apply(to: feedback)
        loads(renamedRow)
    }

    @Test func togglesOtherAndNotApplicable() throws {
        let workshop = QuestionAddress(page: 0, index: 0)
        let other = try DefinitionEdit.setOther(workshop, true).apply(to: feedback)
        #expect(other.value(at: workshop.path.appending("other")) == ["label": ["de": "Sonstiges, und zwar:"]])
        loads(other)
        #expect(try DefinitionEdit.setOther(workshop, false).apply(to: other) == feedback)
        #expect(try DefinitionEdit.setOther(workshop, false).apply(to: feedback) == feedback)
        let scale = QuestionAddress(page: 0, index: 1)
        let notApplicable = try DefinitionEdit.setNotApplicable(scale, true).apply(to: feedback)
        #expect(notApplicable.value(at: scale.path.appending("notApplicable")) != nil)
        loads(notApplicable)
        let matrix = QuestionAddress(page: 0, index: 2)
        let without = try DefinitionEdit.setNotApplicable(matrix, false).apply(to: feedback)
        #expect(without.value(at: matrix.path.appending("notApplicable")) == nil)
        loads(without)
    }

    @Test func addsAndRemovesLanguages() throws {
        let added = try DefinitionEdit.addLanguage("en").apply(to: feedback)
        #expect(added["languages"] == ["de", "en"])
        // Texts without English are warnings, so the survey still loads and can be saved.
        loads(added)
        let removed = try DefinitionEdit.removeLanguage("en").apply(to: bildung)
        #expect(removed["languages"] == ["de"])
        #expect(removed.value(at: path("title")) == ["de": bildung.value(at: path("title"))!["de"]!])
        #expect(!removed.serialized().contains("\"en\":"))
        loads(removed)
        #expect(EditingTestSupport.load(removed).diagnostics.isEmpty)
        // A text only in the removed language is kept as a plain string.
        let onlyEnglish = try DefinitionEdit.set(path("pages[0].description"), ["en": "Basics"]).apply(to: bildung)
        let kept = try DefinitionEdit.removeLanguage("en").apply(to: onlyEnglish)
        #expect(kept.value(at: path("pages[0].description")) == "Basics")
    }

    @Test func listsEarlierQuestionsForInsertingAReference() throws {
        let survey = try #require(EditingTestSupport.load(bildung).survey)
        let candidates = survey.referenceCandidates(before: "moodle_anteil")
        #expect(candidates.first?.id == "schulname")
        #expect(candidates.last?.id == "dienste")
        #expect(!candidates.contains { $0.id == "geraete_hinweis" || $0.id == "moodle_anteil" })
        let schulart = try #require(candidates.first { $0.id == "schulart" })
        #expect(schulart.type == .single && schulart.options.first?.value == "gs")
        #expect(schulart.title?.text(in: "en") == survey.question("schulart")?.title?.text(in: "en"))
        #expect(candidates.first { $0.id == "ausstattung" }?.rows.isEmpty == false)
        #expect(survey.referenceCandidates(before: "schulname").isEmpty)
        #expect(survey.referenceCandidates(before: "nichts").isEmpty)
    }
}
