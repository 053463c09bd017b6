import StrictJSON
import SurveyConversion
import SurveyModel
import Testing

/// One SurveyJS element of each type and what it becomes.
struct SurveyJSTypeTests {
    /// The converted questions of a survey with these elements, after checking that it loads.
    private func converted(_ elements: String) throws -> (questions: [JSON], warnings: [String]) {
        let conversion = try SurveyJSFixture.convert(json: #"{"title": "T", "elements": ["# + elements + "]}")
        #expect(conversion.result.survey != nil, "\(conversion.result.diagnostics.map(\.rendered))")
        return (try SurveyJSFixture.questions(conversion), conversion.warnings.map { $0.text(in: "en") })
    }

    @Test func radioGroupsAndDropdownsBecomeSingleChoices() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "radiogroup", "name": "a", "title": "A", "isRequired": true, "choices": [1, "two|Zwei", {"value": "x y", "text": "X"}],
             "showOtherItem": true, "otherText": "Andere", "showNoneItem": true},
            {"type": "dropdown", "name": "b", "choicesMin": 1, "choicesMax": 3}
            """)
        #expect(
            questions[0]
                == [
                    "id": "a", "type": "single", "title": "A", "required": true,
                    "options": [
                        ["value": "1", "label": "1"], ["value": "two", "label": "Zwei"],
                        ["value": "x_y", "label": "X"],
                        ["value": "none", "label": "None"],
                    ],
                    "other": ["label": "Andere"],
                ])
        #expect(questions[1]["display"] == "dropdown")
        #expect(questions[1]["options"]?.elements?.count == 3)
        #expect(warnings.contains("elements[0].showNoneItem: “None” becomes an ordinary option (“none”)"))
    }

    @Test func checkboxesBecomeMultipleChoicesWithAnExclusiveNone() throws {
        let (questions, _) = try converted(
            #"{"type": "tagbox", "name": "c", "choices": ["a", "b", "c"], "hasNone": true, "maxSelectedChoices": 2}"#)
        #expect(questions[0]["type"] == "multiple")
        #expect(questions[0]["options"]?.elements?.last == ["value": "none", "label": "None", "exclusive": true])
        #expect(questions[0]["maxSelected"] == 2)
    }

    @Test func textInputTypes() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "text", "name": "n", "inputType": "number", "min": "0", "max": 10, "step": 1},
            {"type": "text", "name": "d", "inputType": "date", "min": "2024-01-01"},
            {"type": "text", "name": "e", "inputType": "email", "maxLength": 80},
            {"type": "text", "name": "t", "inputType": "time"},
            {"type": "comment", "name": "c", "maxLength": 500}
            """)
        #expect(questions[0] == ["id": "n", "type": "number", "title": "n", "integer": true, "min": 0, "max": 10])
        #expect(questions[1] == ["id": "d", "type": "date", "title": "d", "min": "2024-01-01"])
        #expect(questions[2] == ["id": "e", "type": "text", "title": "e", "maxLength": 80, "format": "email"])
        #expect(questions[3]["type"] == "text")
        #expect(questions[4] == ["id": "c", "type": "text", "title": "c", "multiline": true, "maxLength": 500])
        #expect(
            warnings.contains(
                "elements[3].inputType: the input type “time” does not exist here; the answer is asked for as free text"
            ))
    }

    @Test func ratingsBecomeScalesOrSingleChoices() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "rating", "name": "r", "rateMin": 0, "rateMax": 10, "minRateDescription": {"default": "low"}, "maxRateDescription": "high"},
            {"type": "rating", "name": "v", "rateValues": [{"value": 1, "text": "bad"}, 2, 3]},
            {"type": "rating", "name": "w", "rateValues": ["S", "M", "L"]},
            {"type": "rating", "name": "s", "rateMin": 0, "rateMax": 100, "rateStep": 25}
            """)
        #expect(questions[0]["scale"] == ["from": 0, "to": 10, "labels": ["0": "low", "10": "high"]])
        #expect(questions[1]["scale"] == ["from": 1, "to": 3, "labels": ["1": "bad"]])
        #expect(questions[2]["type"] == "single")
        #expect(
            questions[3]["options"]?.elements?.compactMap { $0["value"]?.string } == ["0", "25", "50", "75", "100"])
        #expect(
            warnings.contains("elements[2].rateValues: the rating has values of its own and becomes a single choice"))
        #expect(
            warnings.contains(
                "elements[3]: step 25 from 0 to 100: the rating becomes a single choice with these values"))
    }

    /// Found by the fuzzer: a rating up to 2e132 trapped converting its number of points to Int.
    @Test func hugeRatingLimitsGiveOptionsNotATrap() throws {
        let (questions, _) = try converted(
            """
            {"type": "rating", "name": "a", "rateMin": 0, "rateMax": 2e132},
            {"type": "rating", "name": "b", "rateMin": -9e18, "rateMax": 9e18},
            {"type": "rating", "name": "c", "rateValues": [9223372036854775807, 9223372036854775808]},
            {"type": "matrix", "name": "m", "rows": ["r"], "columns": [9e18, 9e18]},
            {"type": "text", "inputType": "number", "name": "n", "step": 1, "min": 0.5}
            """)
        #expect(questions.map { $0["type"]?.string } == ["single", "single", "single", "matrix", "number"])
        #expect(questions[0]["options"]?.elements?.count == 101)
        #expect(questions[4]["integer"] == nil)
    }

    @Test func matricesBooleansAndRankings() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "matrix", "name": "m", "rows": ["r 1", "r2"], "columns": [{"value": 1, "text": "no"}, 2, {"value": 3, "text": "yes"}]},
            {"type": "matrix", "name": "o", "rows": [{"value": "a", "text": "A"}], "columns": ["good", "bad"]},
            {"type": "matrixdropdown", "name": "md", "rows": ["x"], "columns": [{"name": "rate"}], "choices": [1, 2]},
            {"type": "boolean", "name": "b", "labelTrue": "Ja", "labelFalse": "Nein"},
            {"type": "ranking", "name": "rk", "choices": ["x", "y"]}
            """)
        #expect(questions[0]["rows"] == [["value": "r_1", "label": "r 1"], ["value": "r2", "label": "r2"]])
        #expect(questions[0]["scale"] == ["from": 1, "to": 3, "labels": ["1": "no", "3": "yes"]])
        #expect(questions[1]["options"] == [["value": "good", "label": "good"], ["value": "bad", "label": "bad"]])
        #expect(questions[2]["type"] == "matrix")
        #expect(questions[3]["labels"] == ["true": "Ja", "false": "Nein"])
        #expect(questions[4]["type"] == "ranking")
        #expect(warnings.contains("elements[0].rows: row names changed to fit: “r 1” → r_1"))
    }

    /// Matrix columns may be written like the columns of other matrices, `{"name": …, "title": …}`.
    @Test func matrixColumnsWithNamesAndChoicesWithoutValues() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "matrix", "name": "m", "rows": ["r"], "columns": [{"name": "good", "title": "Gut"}, {"name": "bad"}]},
            {"type": "radiogroup", "name": "s", "choices": [{"text": "no value"}]}
            """)
        #expect(questions.count == 1)
        #expect(questions[0]["options"] == [["value": "good", "label": "Gut"], ["value": "bad", "label": "bad"]])
        #expect(warnings.contains("elements[1]: none of its choices has a value; the question is not converted"))
    }

    @Test func notesSkipsAndSplits() throws {
        let (questions, warnings) = try converted(
            """
            {"type": "html", "name": "h", "html": "<p>Hallo <b>Welt</b> &amp; mehr</p><p>Zweite</p>"},
            {"type": "file", "name": "f"},
            {"type": "paneldynamic", "name": "p", "templateElements": [{"type": "text", "name": "inner"}]},
            {"type": "multipletext", "name": "mt", "title": "Preis", "items": [{"name": "min", "title": "von"}, {"name": "max"}]},
            {"type": "text", "name": "hidden", "visible": false},
            {"type": "text", "name": "x", "enableIf": "{mt.min} notempty", "readOnly": true}
            """)
        #expect(questions.map { $0["id"]?.string } == ["h", "mt_min", "mt_max", "x"])
        #expect(questions[0] == ["id": "h", "type": "note", "text": "Hallo Welt & mehr\nZweite"])
        #expect(questions[1]["title"] == "Preis – von")
        #expect(
            warnings == [
                "elements[0].html: HTML markup is removed; only the text is kept",
                "elements[1]: file uploads are not supported; the question is not converted",
                "elements[2]: repeatable panels (paneldynamic) have no equivalent; the question is not converted",
                "elements[3]: the multiple text input is split into 2 separate questions",
                "elements[4]: the question is always hidden in SurveyJS and is not converted",
                "elements[5].enableIf: condition “{mt.min} notempty” not converted: questions can always be answered",
                "elements[5].readOnly: “readOnly” is not carried over",
            ])
    }

    @Test func namesBecomeUniqueIdentifiers() throws {
        let (questions, _) = try converted(
            """
            {"type": "text", "name": "Größe der Schule?"}, {"type": "text", "name": "größe der schule"},
            {"type": "text", "name": "2024"}, {"type": "text", "name": "and"}, {"type": "text"}
            """)
        #expect(
            questions.map { $0["id"]?.string } == [
                "Groesse_der_Schule", "groesse_der_schule_2", "frage_2024", "frage_and", "frage",
            ])
    }

    @Test func regionalLocalesCountAsTheirLanguageAndUnknownOnesAreDropped() throws {
        let conversion = try SurveyJSFixture.convert(
            json: #"{"title": {"default": "A", "pt-br": "B", "zz": "C"}, "elements": [{"type": "text", "name": "q"}]}"#)
        let definition = try SurveyJSFixture.definition(conversion)
        #expect(definition["languages"] == ["en", "pt"])
        #expect(definition["title"] == ["en": "A", "pt": "B"])
        #expect(
            conversion.warnings.first?.text(in: "en")
                == "title: “zz” is no ISO 639-1 language code; these texts are dropped")
    }

    @Test func pagesWithoutTitlesAndEmptyPages() throws {
        let conversion = try SurveyJSFixture.convert(
            json: """
                {"title": {"default": "Survey", "de": "Umfrage"}, "locale": "de", "pages": [
                  {"name": "first", "elements": [{"type": "text", "name": "q", "title": {"default": "Q", "de": "F"}}]},
                  {"name": "second", "elements": [{"type": "file", "name": "f"}]},
                  {"name": "third", "visibleIf": "{q} notempty", "elements": [{"type": "text", "name": "r"}]},
                  {"name": "fourth", "visibleIf": "{s} notempty", "elements": [{"type": "text", "name": "s"}]}
                ]}
                """)
        let definition = try SurveyJSFixture.definition(conversion)
        #expect(definition["languages"] == ["de", "en"])
        #expect(definition["title"] == ["de": "Umfrage", "en": "Survey"])
        #expect(definition["pages"]?.elements?.map { $0["id"]?.string } == ["first", "third", "fourth"])
        #expect(definition["pages"]?.elements?.first?["title"] == ["de": "Seite 1", "en": "Page 1"])
        #expect(definition["pages"]?.elements?[1]["visibleIf"] == "answered(q)")
        #expect(
            conversion.warnings.last?.text(in: "en")
                == "pages[3].visibleIf: condition “{s} notempty” not converted: “s” is not on an earlier page; "
                + "the page is always shown")
        #expect(conversion.warnings.map(\.place).contains("pages[1]"))
    }
}
