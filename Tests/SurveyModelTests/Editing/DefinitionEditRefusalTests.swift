import StrictJSON
import Testing

@testable import SurveyModel

/// Edits that cannot be made throw a typed error naming the place, and change nothing.
@Suite struct DefinitionEditRefusalTests {
    let bildung: JSON

    init() throws {
        bildung = try EditingTestSupport.shipped("digitale-bildung")
    }

    private func path(_ text: String) -> DefinitionPath { DefinitionPath(parsing: text)! }

    private func refusal(_ edit: DefinitionEdit, on definition: JSON? = nil) -> DefinitionEditError? {
        do {
            _ = try edit.apply(to: definition ?? bildung)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesRenamingAQuestionThatExpressionsRead() {
        // `internet` is read by the visibleIf of `bandbreite`.
        #expect(
            refusal(.renameQuestion(QuestionAddress(page: 1, index: 0), id: "anschluss"))
                == .idReferenced("internet", places: [path("pages[1].questions[1].visibleIf")]))
        // `schueler` is read by two rules.
        guard
            case .idReferenced("schueler", let places) = refusal(
                .renameQuestion(QuestionAddress(page: 0, index: 4), id: "anzahl"))
        else {
            Issue.record("renaming schueler should be refused")
            return
        }
        #expect(places.contains(path("pages[0].questions[5].validate[0].expr")))
        #expect(places.contains(path("pages[2].questions[3].validate[0].expr")))
    }

    @Test func plainSetsAndRemovalsOfIdsTypesAndValuesGetTheSameChecks() {
        let internet = path("pages[1].questions[0]")
        let places = [path("pages[1].questions[1].visibleIf")]
        #expect(refusal(.set(internet.appending("id"), "anschluss")) == .idReferenced("internet", places: places))
        #expect(refusal(.remove(internet.appending("id"))) == .idReferenced("internet", places: places))
        #expect(refusal(.remove(internet)) == .idReferenced("internet", places: places))
        #expect(refusal(.set(internet.appending("type"), "multiple")) == .idReferenced("internet", places: places))
        #expect(refusal(.set(path("pages[0].id"), "netz")) == .idTaken("netz"))
        #expect(
            refusal(.set(path("pages[3].questions[0].options[1].value"), "lernplattform"))
                == .valueReferenced("moodle", places: [path("pages[3].questions[1].visibleIf")]))
        #expect(
            refusal(.remove(path("pages[3].questions[0].options[1]")))
                == .valueReferenced("moodle", places: [path("pages[3].questions[1].visibleIf")]))
        #expect(
            refusal(.remove(path("pages[0]")))
                == .idReferenced("raeume", places: [path("pages[2].questions[6].validate[0].expr")]))
    }

    @Test func plainSetsOfIdsAndTypesThatNothingReadsWorkAsTheDedicatedEdits() throws {
        let anmerkungen = QuestionAddress(page: 6, index: 6)
        let renamed = try DefinitionEdit.set(anmerkungen.path.appending("id"), "hinweise").apply(to: bildung)
        #expect(renamed == (try DefinitionEdit.renameQuestion(anmerkungen, id: "hinweise").apply(to: bildung)))
        let retyped = try DefinitionEdit.set(anmerkungen.path.appending("type"), "note").perform(on: bildung)
        #expect(retyped.droppedKeys == ["help", "multiline", "maxLength"])
        let invalid = try DefinitionEdit.set(anmerkungen.path.appending("type"), "essay").apply(to: bildung)
        #expect(invalid.value(at: anmerkungen.path.appending("type")) == "essay")
    }

    @Test func refusesIdsThatAreTakenOrNotIdentifiers() {
        let address = QuestionAddress(page: 6, index: 6)
        #expect(refusal(.renameQuestion(address, id: "schulart")) == .idTaken("schulart"))
        // Pages, questions and participant fields are separate kinds, as for the loader.
        #expect(refusal(.renameQuestion(address, id: "netz")) == nil)
        #expect(refusal(.renameQuestion(address, id: "region")) == nil)
        #expect(refusal(.renameQuestion(address, id: "2tes")) == .notAnIdentifier("2tes"))
        #expect(refusal(.renameQuestion(address, id: "and")) == .notAnIdentifier("and"))
        #expect(refusal(.renameQuestion(address, id: "")) == .notAnIdentifier(""))
        #expect(refusal(.renamePage(0, id: "netz")) == .idTaken("netz"))
        #expect(refusal(.renamePage(0, id: "seite-1")) == .notAnIdentifier("seite-1"))
    }

    @Test func refusesDeletingWhatIsReadElsewhere() {
        #expect(
            refusal(.deleteQuestion(QuestionAddress(page: 1, index: 0)))
                == .idReferenced("internet", places: [path("pages[1].questions[1].visibleIf")]))
        // `raeume` on the first page is read by a rule on the third.
        #expect(
            refusal(.deletePage(0))
                == .idReferenced("raeume", places: [path("pages[2].questions[6].validate[0].expr")]))
        #expect(
            refusal(.changeType(QuestionAddress(page: 3, index: 0), to: .single))
                == .idReferenced(
                    "dienste",
                    places: [path("pages[3].questions[1].visibleIf")]))
    }

    @Test func refusesChangingOptionValuesThatConditionsCompareWith() {
        let dienste = ChoiceList.options(QuestionAddress(page: 3, index: 0))
        #expect(
            refusal(.setChoiceValue(dienste, 1, "lernplattform"))
                == .valueReferenced("moodle", places: [path("pages[3].questions[1].visibleIf")]))
        #expect(
            refusal(.removeChoice(dienste, 1))
                == .valueReferenced("moodle", places: [path("pages[3].questions[1].visibleIf")]))
        #expect(refusal(.setChoiceValue(dienste, 0, "moodle")) == .valueTaken("moodle"))
        #expect(refusal(.setChoiceValue(dienste, 0, "-x")) == .notAnOptionValue("-x"))
        #expect(refusal(.setChoiceValue(.rows(QuestionAddress(page: 2, index: 10)), 0, "1a")) == .notAnIdentifier("1a"))
    }

    @Test func refusesFeaturesATypeDoesNotHave() {
        #expect(
            refusal(.setOther(QuestionAddress(page: 0, index: 4), true))
                == .featureNotOffered(feature: "other", type: "number"))
        #expect(
            refusal(.setNotApplicable(QuestionAddress(page: 0, index: 1), true))
                == .featureNotOffered(feature: "notApplicable", type: "single"))
        #expect(
            refusal(.addChoice(.rows(QuestionAddress(page: 0, index: 1))))
                == .featureNotOffered(feature: "rows", type: "single"))
        #expect(
            refusal(.addChoice(.options(QuestionAddress(page: 2, index: 10))))
                == .featureNotOffered(feature: "options", type: "matrix"))
        #expect(
            refusal(.setChoiceValue(.options(QuestionAddress(page: 0, index: 4)), 0, "x"))
                == .featureNotOffered(feature: "options", type: "number"))
    }

    @Test func refusesPositionsAndPathsThatDoNotExist() {
        #expect(refusal(.movePageUp(0)) == .noValue(at: path("pages").appending(-1)))
        #expect(refusal(.movePageDown(6)) == .noValue(at: path("pages[7]")))
        #expect(
            refusal(.moveQuestion(QuestionAddress(page: 0, index: 0), to: 8))
                == .noValue(at: path("pages[0].questions[8]")))
        #expect(
            refusal(.deleteQuestion(QuestionAddress(page: 9, index: 0))) == .noValue(at: path("pages[9].questions[0]")))
        #expect(refusal(.addQuestion(.text, page: 7)) == .noValue(at: path("pages[7]")))
        #expect(refusal(.set(path("title.de.x"), "y")) == .notAContainer(at: path("title.de")))
        #expect(refusal(.set(path("pages[9].title"), "y")) == .noValue(at: path("pages[9]")))
        #expect(refusal(.remove(path("nothing"))) == .noValue(at: path("nothing")))
        #expect(refusal(.remove(.root)) == .noValue(at: .root))
        #expect(
            refusal(.addChoice(.options(QuestionAddress(page: 0, index: 40))))
                == .noValue(at: path("pages[0].questions[40]")))
    }

    @Test func refusesLanguagesThatCannotBeAddedOrRemoved() throws {
        #expect(refusal(.addLanguage("de")) == .languagePresent("de"))
        #expect(refusal(.addLanguage("deu")) == .unknownLanguage("deu"))
        #expect(refusal(.removeLanguage("fr")) == .languageAbsent("fr"))
        let german = try DefinitionEdit.removeLanguage("en").apply(to: bildung)
        #expect(refusal(.removeLanguage("de"), on: german) == .lastLanguage("de"))
    }

    @Test func refusesToEditWhatIsNotShapedAsTheFormatSays() {
        let broken: JSON = ["id": "x", "pages": "keine"]
        #expect(refusal(.addPage, on: broken) == .unexpectedShape(at: path("pages")))
        #expect(refusal(.addQuestion(.text, page: 0), on: 5) == .noValue(at: path("pages[0]")))
        let stringQuestion: JSON = ["pages": [["id": "a", "questions": ["frage"]]]]
        #expect(
            refusal(.duplicateQuestion(QuestionAddress(page: 0, index: 0)), on: stringQuestion)
                == .unexpectedShape(at: path("pages[0].questions[0]")))
    }

    @Test func everyRefusalSaysWhereAndWhatInBothLanguages() {
        let errors: [DefinitionEditError] = [
            .noValue(at: path("pages[3]")), .notAContainer(at: path("title")), .unexpectedShape(at: .root),
            .notAnIdentifier("2x"), .notAnOptionValue("-x"), .idTaken("schulart"), .valueTaken("gs"),
            .idReferenced("internet", places: [path("pages[1].questions[1].visibleIf")]),
            .valueReferenced("moodle", places: [path("pages[3].questions[1].visibleIf")]),
            .featureNotOffered(feature: "other", type: "number"), .unknownLanguage("xx"), .languagePresent("de"),
            .languageAbsent("fr"), .lastLanguage("de"),
        ]
        for error in errors {
            let german = error.message(in: .de)
            let english = error.message(in: .en)
            #expect(german != english && !german.isEmpty && !english.isEmpty)
        }
        let referenced = DefinitionEditError.idReferenced("internet", places: [path("pages[1].questions[1].visibleIf")])
        #expect(referenced.message(in: .de).contains("pages[1].questions[1].visibleIf"))
        #expect(referenced.message(in: .de).contains("„internet“"))
        #expect(referenced.message(in: .en).contains("\"internet\""))
        #expect(
            DefinitionEditError.noValue(at: path("pages[3]")).message(in: .de)
                == "An der Stelle pages[3] steht kein Wert.")
        #expect(DefinitionEditError.noValue(at: .root).message(in: .en) == "there is no value at the top level")
        #expect(
            DefinitionEditError.notAContainer(at: .root).message(in: .de)
                == "Der Wert auf der obersten Ebene ist weder Objekt noch Liste; darin kann nichts abgelegt werden.")
    }
}
