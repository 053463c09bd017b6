/// Every diagnostic text in English and German, side by side.
///
/// One exhaustive switch keeps both languages together, so a message cannot
/// be added in one language and forgotten in the other. `{1}`, `{2}`, … stand
/// for the message's arguments. German texts use the formal "Sie"; keys and
/// values keep the straight quotes they are typed with in the JSON file, while
/// option labels, which people read rather than type, stand in „…“.
enum DiagnosticCatalog {
    /// The text of `id` in `language`, with `arguments` filled in.
    static func text(_ id: DiagnosticMessageID, _ arguments: [String], _ language: DiagnosticLanguage) -> String {
        let (english, german) = templates(id)
        let namesParserPhrases = id == .jsonUnexpectedEnd || id == .jsonUnexpectedCharacter
        let values = language == .de && namesParserPhrases ? arguments.map(JSONPhrases.german) : arguments
        return fill(language == .de ? german : english, with: values)
    }

    /// The template with `{n}` replaced by the n-th value, in one pass, so values are never read as placeholders.
    private static func fill(_ template: String, with values: [String]) -> String {
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let number = Int(rest[afterOpen..<close]),
                values.indices.contains(number - 1)
            {
                result += values[number - 1]
                rest = rest[rest.index(after: close)...]
            } else {
                result.append("{")
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }

    // swift-format-ignore
    private static func templates(_ id: DiagnosticMessageID) -> (String, String) {
        switch id {
        case .jsonEmptyInput:
            ("the input is empty; expected a JSON value such as an object {…}",
             "die Datei ist leer; erwartet wird ein JSON-Wert, etwa ein Objekt {…}")
        case .jsonUnexpectedEnd:
            ("the input ends too early; expected {1}", "die Datei endet zu früh; erwartet wird {1}")
        case .jsonUnexpectedCharacter:
            ("unexpected {1}; expected {2}", "unerwartet: {1}; erwartet wird {2}")
        case .jsonTrailingComma:
            ("trailing comma before '{1}': remove the comma after the last item",
             "überzähliges Komma vor '{1}': Entfernen Sie das Komma nach dem letzten Eintrag")
        case .jsonTypographicQuote:
            ("typographic quotation mark {1}: JSON needs straight double quotes; replace „…“ with \"…\"",
             "typografisches Anführungszeichen {1}: JSON braucht gerade doppelte Anführungszeichen; ersetzen Sie „…“ durch \"…\"")
        case .jsonDecimalComma:
            ("{1} is written with a decimal comma; JSON numbers use a point: write {2}",
             "{1} ist mit Dezimalkomma geschrieben; JSON-Zahlen haben einen Punkt: Schreiben Sie {2}")
        case .jsonMissingCommaInObject:
            ("missing comma between two members of an object: add ',' after the previous value",
             "Komma zwischen zwei Einträgen eines Objekts fehlt: Setzen Sie ',' nach den vorigen Wert")
        case .jsonMissingCommaInArray:
            ("missing comma between two elements of an array: add ',' after the previous element",
             "Komma zwischen zwei Elementen einer Liste fehlt: Setzen Sie ',' nach das vorige Element")
        case .jsonMissingColon:
            ("missing ':' between a key and its value", "':' zwischen einem Schlüssel und seinem Wert fehlt")
        case .jsonComment:
            ("JSON does not allow comments: remove the comment (use a \"description\" text for notes that readers should see)",
             "JSON erlaubt keine Kommentare: Entfernen Sie den Kommentar (Hinweise für Lesende gehören in einen \"description\"-Text)")
        case .jsonSingleQuotes:
            ("JSON strings use double quotes: write \"…\" instead of '…'",
             "Texte stehen in JSON in doppelten Anführungszeichen: Schreiben Sie \"…\" statt '…'")
        case .jsonUnquotedKey:
            ("object keys must be in double quotes: write \"{1}\"",
             "Schlüssel müssen in doppelten Anführungszeichen stehen: Schreiben Sie \"{1}\"")
        case .jsonNotANumber:
            ("{1} is not a JSON number; use a finite number or null",
             "{1} ist keine JSON-Zahl; verwenden Sie eine endliche Zahl oder null")
        case .jsonLiteralCase:
            ("'{1}' is not a JSON literal; the literals are true, false and null (lower case)",
             "'{1}' ist kein JSON-Literal; die Literale heißen true, false und null (kleingeschrieben)")
        case .jsonUnquotedWord:
            ("unexpected word '{1}'; text values must be in double quotes: \"{1}\"",
             "unerwartetes Wort '{1}'; Texte müssen in doppelten Anführungszeichen stehen: \"{1}\"")
        case .jsonDuplicateKey:
            ("duplicate key \"{1}\" in one object (first given at {2}:{3}): keep only one",
             "Schlüssel \"{1}\" steht zweimal im selben Objekt (zuerst in {2}:{3}): Behalten Sie nur einen")
        case .jsonInvalidUTF8:
            ("invalid UTF-8 byte sequence: save the file as UTF-8",
             "ungültige UTF-8-Bytefolge: Speichern Sie die Datei als UTF-8")
        case .jsonLineBreakInString:
            ("line break inside a string: write \\n instead, or close the string with '\"'",
             "Zeilenumbruch in einem Text: Schreiben Sie stattdessen \\n oder schließen Sie den Text mit '\"'")
        case .jsonTabInString:
            ("tab character inside a string: write \\t instead",
             "Tabulator in einem Text: Schreiben Sie stattdessen \\t")
        case .jsonControlCharacterInString:
            ("control character U+{1} inside a string: write it as \\u{1}",
             "Steuerzeichen U+{1} in einem Text: Schreiben Sie es als \\u{1}")
        case .jsonInvalidEscape:
            ("invalid escape '{1}' in a string; valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX",
             "ungültige Escape-Folge '{1}' in einem Text; gültig sind \\\" \\\\ \\/ \\b \\f \\n \\r \\t und \\uXXXX")
        case .jsonLoneSurrogate:
            ("\\u escape with an unpaired UTF-16 surrogate: a character above U+FFFF needs both halves (\\uD83D\\uDE00)",
             "\\u-Escape mit einem einzelnen UTF-16-Surrogat: Ein Zeichen über U+FFFF braucht beide Hälften (\\uD83D\\uDE00)")
        case .jsonLeadingZero:
            ("numbers must not have leading zeros: write 7, not 07",
             "Zahlen dürfen keine führenden Nullen haben: Schreiben Sie 7, nicht 07")
        case .jsonInvalidNumber:
            ("'{1}' is not a valid JSON number (examples of valid numbers: 3, -1.5, 2e3)",
             "'{1}' ist keine gültige JSON-Zahl (gültig sind etwa 3, -1.5, 2e3)")
        case .jsonNumberOutOfRange:
            ("number {1} is too large to represent", "die Zahl {1} ist zu groß")
        case .jsonTooDeeplyNested:
            ("arrays and objects are nested more than {1} levels deep",
             "Listen und Objekte sind mehr als {1} Ebenen tief verschachtelt")
        case .jsonTrailingContent:
            ("unexpected content after the end of the JSON value: a file holds exactly one value",
             "weiterer Inhalt nach dem Ende des JSON-Werts: Eine Datei enthält genau einen Wert")
        case .fileNotFound:
            ("no such file; check the path", "Datei nicht gefunden; prüfen Sie den Pfad")
        case .fileIsFolder:
            ("this is a folder, not a survey file", "dies ist ein Ordner, keine Befragungsdatei")
        case .fileTooLarge:
            ("the file is larger than {1} MB; a survey definition is far smaller",
             "die Datei ist größer als {1} MB; eine Befragungsdefinition ist weit kleiner")
        case .fileUnreadable:
            ("the file cannot be read; check its permissions",
             "die Datei lässt sich nicht lesen; prüfen Sie die Zugriffsrechte")
        case .languageCodeNamed:
            ("unknown language code \"{1}\" in \"languages\"; write \"{2}\" instead",
             "unbekannter Sprachcode \"{1}\" in \"languages\"; schreiben Sie stattdessen \"{2}\"")
        case .languageCodeUnknown:
            ("unknown language code \"{1}\" in \"languages\"; use a two-letter ISO 639-1 code such as \"de\" or \"en\"",
             "unbekannter Sprachcode \"{1}\" in \"languages\"; verwenden Sie einen zweibuchstabigen Code nach ISO 639-1 wie \"de\" oder \"en\"")
        case .languageListedTwice:
            ("language \"{1}\" is listed twice in \"languages\"; remove one",
             "die Sprache \"{1}\" steht zweimal in \"languages\"; entfernen Sie einen Eintrag")
        case .languagesEmpty:
            ("\"languages\" is empty; list at least one language code, e.g. [\"de\"]",
             "\"languages\" ist leer; geben Sie mindestens einen Sprachcode an, z. B. [\"de\"]")
        case .surveyIDPattern:
            ("survey id \"{1}\" may only contain lower-case letters, digits and hyphens, starting with a letter or digit (e.g. \"digitale-bildung\")",
             "die Kennung \"{1}\" der Befragung darf nur Kleinbuchstaben, Ziffern und Bindestriche enthalten und muss mit einem Buchstaben oder einer Ziffer beginnen (z. B. \"digitale-bildung\")")
        case .surveyIDFileName:
            ("survey id \"{1}\" does not match the file name \"{2}.json\"; rename the file to \"{1}.json\" or change the id to \"{2}\"",
             "die Kennung \"{1}\" der Befragung passt nicht zum Dateinamen \"{2}.json\"; benennen Sie die Datei in \"{1}.json\" um oder ändern Sie die Kennung in \"{2}\"")
        case .timeZoneMisspelled:
            ("unknown time zone \"{1}\"; did you mean \"{2}\"?", "unbekannte Zeitzone \"{1}\"; meinten Sie \"{2}\"?")
        case .timeZoneUnknown:
            ("unknown time zone \"{1}\"; use an IANA name such as \"Europe/Berlin\"",
             "unbekannte Zeitzone \"{1}\"; verwenden Sie einen IANA-Namen wie \"Europe/Berlin\"")
        case .scheduleNotADate:
            ("\"{1}\" must be a date (\"2025-03-01\") or a date and time (\"2025-03-01T08:00\", optionally with \"Z\" or an offset such as \"+01:00\"), not \"{2}\"",
             "\"{1}\" muss ein Datum (\"2025-03-01\") oder Datum und Uhrzeit sein (\"2025-03-01T08:00\", wahlweise mit \"Z\" oder einem Versatz wie \"+01:00\"), nicht \"{2}\"")
        case .scheduleClosesBeforeOpens:
            ("\"closes\" lies before \"opens\"; the survey would never be open",
             "\"closes\" liegt vor \"opens\"; die Befragung wäre nie geöffnet")
        case .pagesEmpty:
            ("\"pages\" is empty; a survey needs at least one page",
             "\"pages\" ist leer; eine Befragung braucht mindestens eine Seite")
        case .objectExpected:
            ("{1} must be an object {…}, not {2}", "bei {1} wird ein Objekt {…} erwartet, nicht {2}")
        case .unknownKeySuggested:
            ("unknown key \"{1}\" in {2}; did you mean \"{3}\"?", "unbekannter Schlüssel \"{1}\" in {2}; meinten Sie \"{3}\"?")
        case .unknownKeyAllowed:
            ("unknown key \"{1}\" in {2}; allowed keys are {3}", "unbekannter Schlüssel \"{1}\" in {2}; erlaubt sind {3}")
        case .unknownKeyOfNote:
            ("unknown key \"{1}\" in {2}; a note shows text and takes no answer, so it has no \"{1}\"",
             "unbekannter Schlüssel \"{1}\" in {2}; ein Hinweis zeigt nur Text und nimmt keine Antwort an, daher hat er kein \"{1}\"")
        case .unknownKeyOfType:
            ("unknown key \"{1}\" in {2}; \"{1}\" belongs to questions of type {3}, not \"{4}\"",
             "unbekannter Schlüssel \"{1}\" in {2}; \"{1}\" gehört zu Fragen vom Typ {3}, nicht \"{4}\"")
        case .missingKey:
            ("missing key \"{1}\" in {2}", "Schlüssel \"{1}\" fehlt in {2}")
        case .booleanExpected:
            ("\"{1}\" of {2} must be true or false, not {3}", "\"{1}\" in {2} muss true oder false sein, nicht {3}")
        case .numberExpected:
            ("\"{1}\" of {2} must be a number, not {3}", "\"{1}\" in {2} muss eine Zahl sein, nicht {3}")
        case .wholeNumberExpected:
            ("\"{1}\" of {2} must be a whole number, not {3}", "\"{1}\" in {2} muss eine ganze Zahl sein, nicht {3}")
        case .numberTooSmall:
            ("\"{1}\" of {2} must be at least {3}, not {4}", "\"{1}\" in {2} muss mindestens {3} sein, nicht {4}")
        case .unknownValueSuggested:
            ("unknown value \"{1}\" for \"{2}\" of {3}; did you mean \"{4}\"?",
             "unbekannter Wert \"{1}\" für \"{2}\" in {3}; meinten Sie \"{4}\"?")
        case .unknownValueAllowed:
            ("unknown value \"{1}\" for \"{2}\" of {3}; use one of {4}",
             "unbekannter Wert \"{1}\" für \"{2}\" in {3}; erlaubt sind {4}")
        case .stringExpected: ("{1} must be a string, not {2}", "{1} muss ein Text sein, nicht {2}")
        case .arrayExpected: ("{1} must be an array […], not {2}", "{1} muss eine Liste […] sein, nicht {2}")
        case .textEmpty:
            ("{1} is empty; write a text or remove the key",
             "{1} ist leer; schreiben Sie einen Text oder entfernen Sie den Schlüssel")
        case .textExpected:
            ("{1} must be a text (\"…\") or texts by language ({\"de\": \"…\", \"en\": \"…\"}), not {2}",
             "{1} muss ein Text (\"…\") oder Texte nach Sprache sein ({\"de\": \"…\", \"en\": \"…\"}), nicht {2}")
        case .textMissing:
            ("{1} has no text; write {\"{2}\": \"…\"} or a plain string",
             "{1} hat keinen Text; schreiben Sie {\"{2}\": \"…\"} oder einen einfachen Text")
        case .textLanguageUndeclared:
            ("language \"{1}\" in {2} is not one of the survey's languages; add it to \"languages\" or remove this text",
             "die Sprache \"{1}\" in {2} gehört nicht zu den Sprachen der Befragung; ergänzen Sie sie in \"languages\" oder entfernen Sie diesen Text")
        case .textLanguageSuggested:
            ("unknown language code \"{1}\" in {2} is not one of the survey's languages; did you mean \"{3}\"?",
             "der unbekannte Sprachcode \"{1}\" in {2} gehört nicht zu den Sprachen der Befragung; meinten Sie \"{3}\"?")
        case .textLanguageAllowed:
            ("unknown language code \"{1}\" in {2} is not one of the survey's languages; use one of {3}",
             "der unbekannte Sprachcode \"{1}\" in {2} gehört nicht zu den Sprachen der Befragung; erlaubt sind {3}")
        case .translationMissing:
            ("{1} lacks the {2} text", "bei {1} fehlt der Text in \"{3}\"")
        case .duplicateID:
            ("duplicate {1} id \"{2}\"; it is already used at line {3}; ids must be unique",
             "doppelte Kennung \"{2}\" ({1}); sie ist schon in Zeile {3} vergeben; Kennungen müssen eindeutig sein")
        case .duplicateValue:
            ("duplicate {1} value \"{2}\" in {3}; it is already used at line {4}",
             "doppelter Wert \"{2}\" ({1}) in {3}; er ist schon in Zeile {4} vergeben")
        case .questionsEmpty:
            ("\"questions\" of {1} is empty; add a question or remove the page",
             "\"questions\" von {1} ist leer; ergänzen Sie eine Frage oder entfernen Sie die Seite")
        case .optionsEmpty:
            ("\"options\" of {1} is empty; list at least one option",
             "\"options\" von {1} ist leer; geben Sie mindestens eine Option an")
        case .rowsEmpty:
            ("\"rows\" of {1} is empty; a matrix needs at least one row",
             "\"rows\" von {1} ist leer; eine Matrix braucht mindestens eine Zeile")
        case .maxBelowMin:
            ("\"max\" of {1} ({2}) is below \"min\" ({3}); swap them or correct one",
             "\"max\" von {1} ({2}) liegt unter \"min\" ({3}); vertauschen Sie die Werte oder korrigieren Sie einen")
        case .kindPage: ("page", "Seite")
        case .kindQuestion: ("question", "Frage")
        case .kindParticipantField: ("participant field", "Teilnehmendenfeld")
        case .kindOption: ("option", "Option")
        case .kindRow: ("row", "Matrixzeile")
        case .placeTopLevelKey: ("\"{1}\"", "\"{1}\"")
        case .placeEachEntry: ("each entry of {1}", "jeder Eintrag von {1}")
        case .placeScaleLabel: ("label {1} of the scale of {2}", "Beschriftung {1} der Skala von {2}")
        case .placeTranslation: ("the {1} text of {3}", "der \"{2}\"-Text von {3}")
        case .placeSurvey: ("the survey", "der Befragung")
        case .placeReport: ("\"report\"", "\"report\"")
        case .placeReportSection: ("section {1} of \"report\"", "Abschnitt {1} von \"report\"")
        case .placeParticipantField: ("participant field \"{1}\"", "Teilnehmendenfeld \"{1}\"")
        case .placeParticipantFieldNumber: ("participant field {1}", "Teilnehmendenfeld {1}")
        case .placePage: ("page \"{1}\"", "Seite \"{1}\"")
        case .placePageNumber: ("page {1}", "Seite {1}")
        case .placeQuestion: ("question \"{1}\"", "Frage \"{1}\"")
        case .placeQuestionNumber: ("question {1} of {2}", "Frage {1} von {2}")
        case .placeOption: ("option \"{1}\" of {2}", "Option \"{1}\" von {2}")
        case .placeOptionNumber: ("option {1} of {2}", "Option {1} von {2}")
        case .placeRow: ("row \"{1}\" of {2}", "Zeile \"{1}\" von {2}")
        case .placeRowNumber: ("row {1} of {2}", "Zeile {1} von {2}")
        case .placeRule: ("rule {1} of {2}", "Regel {1} von {2}")
        case .placeKey: ("\"{1}\" of {2}", "\"{1}\" von {2}")
        case .valueNull: ("null", "null")
        case .valueTrue: ("true", "true")
        case .valueFalse: ("false", "false")
        case .valueNumber: ("the number {1}", "die Zahl {1}")
        case .valueString: ("a string (\"{1}\")", "ein Text (\"{1}\")")
        case .valueArray: ("an array", "eine Liste")
        case .valueObject: ("an object", "ein Objekt")
        case .idPattern:
            ("{1} id \"{2}\" must start with a letter and contain only letters, digits and \"_\" (e.g. \"schulart\", \"geraete_2024\")",
             "die Kennung \"{2}\" ({1}) muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und \"_\" enthalten (z. B. \"schulart\", \"geraete_2024\")")
        case .idReserved:
            ("{1} id \"{2}\" is a word of the expression language; choose another id",
             "die Kennung \"{2}\" ({1}) ist ein Wort der Ausdruckssprache; wählen Sie eine andere Kennung")
        case .rowValuePattern:
            ("row value \"{1}\" must start with a letter and contain only letters, digits and \"_\" (rows are used in expressions)",
             "der Zeilenwert \"{1}\" muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern und \"_\" enthalten (Zeilen werden in Ausdrücken verwendet)")
        case .optionValuePattern:
            ("option value \"{1}\" must start with a letter or digit and contain only letters, digits, \"_\", \"-\" and \".\"",
             "der Optionswert \"{1}\" muss mit einem Buchstaben oder einer Ziffer beginnen und darf nur Buchstaben, Ziffern, \"_\", \"-\" und \".\" enthalten")
        case .exclusiveOutsideMultiple:
            ("\"exclusive\" in {1} is only allowed for options of a \"multiple\" question",
             "\"exclusive\" in {1} ist nur bei Optionen einer Frage vom Typ \"multiple\" erlaubt")
        case .otherValueClash:
            ("{1} has an option with the value \"{2}\" and an \"other\" choice; rename the option or remove \"other\"",
             "{1} hat eine Option mit dem Wert \"{2}\" und zugleich ein Feld \"other\" für freie Angaben; benennen Sie die Option um oder entfernen Sie \"other\"")
        case .personalInReport:
            ("{1} is personal data, which never appears in reports; remove \"report\": true",
             "{1} erfasst personenbezogene Daten, die nie in Berichten erscheinen; entfernen Sie \"report\": true")
        case .requiredAndRequiredIf:
            ("{1} has both \"required\" and \"requiredIf\"; keep only one of them",
             "{1} hat sowohl \"required\" als auch \"requiredIf\"; behalten Sie nur eines davon")
        case .patternInvalid:
            ("\"pattern\" of {1} is not a valid regular expression; check brackets, parentheses and backslashes (a backslash is written \"\\\\\" in JSON)",
             "\"pattern\" von {1} ist kein gültiger regulärer Ausdruck; prüfen Sie Klammern und Backslashes (ein Backslash wird in JSON als \"\\\\\" geschrieben)")
        case .patternMessageWithoutPattern:
            ("\"patternMessage\" of {1} needs a \"pattern\"; add one or remove the message",
             "\"patternMessage\" von {1} braucht ein \"pattern\"; ergänzen Sie es oder entfernen Sie die Meldung")
        case .integerBoundFraction:
            ("\"{1}\" of {2} must be a whole number because \"integer\" is true, not {3}",
             "\"{1}\" von {2} muss eine ganze Zahl sein, weil \"integer\" true ist, nicht {3}")
        case .dateBoundFormat:
            ("\"{1}\" of {2} must be a date written as YYYY-MM-DD (e.g. \"2024-08-01\"), not \"{3}\"",
             "\"{1}\" von {2} muss ein Datum in der Form JJJJ-MM-TT sein (z. B. \"2024-08-01\"), nicht \"{3}\"")
        case .rankCountTooLarge:
            ("\"rankCount\" of {1} is {2}, but there are only {3} options; use a number from 1 to {3}",
             "\"rankCount\" von {1} ist {2}, es gibt aber nur {3} Optionen; verwenden Sie eine Zahl von 1 bis {3}")
        case .selectionCountTooLarge:
            ("\"{1}\" of {2} is {3}, but there are only {4} choices; use a number from {5} to {4}",
             "\"{1}\" von {2} ist {3}, es gibt aber nur {4} Auswahlmöglichkeiten; verwenden Sie eine Zahl von {5} bis {4}")
        case .minSelectedAboveMax:
            ("\"minSelected\" of {1} ({2}) is above \"maxSelected\" ({3}); no answer could satisfy both",
             "\"minSelected\" von {1} ({2}) liegt über \"maxSelected\" ({3}); keine Antwort könnte beides erfüllen")
        case .exclusiveUnreachable:
            ("\"minSelected\" of {1} is {2}, so the exclusive option \"{3}\", which cannot be combined with others, can never be chosen; lower \"minSelected\" to 1 or make the option not exclusive",
             "\"minSelected\" von {1} ist {2}; die ausschließende Option \"{3}\", die sich mit keiner anderen kombinieren lässt, kann daher nie gewählt werden; setzen Sie \"minSelected\" auf 1 oder heben Sie \"exclusive\" auf")
        case .matrixNotApplicableWithOptions:
            ("\"notApplicable\" of {1} needs a \"scale\"; with \"options\", add a choice instead",
             "\"notApplicable\" von {1} braucht eine \"scale\"; bei \"options\" ergänzen Sie stattdessen eine Option")
        case .matrixScaleAndOptions:
            ("{1} has both \"scale\" and \"options\"; a matrix uses one of them",
             "{1} hat sowohl \"scale\" als auch \"options\"; eine Matrix verwendet nur eines davon")
        case .matrixWithoutCells:
            ("{1} needs either a \"scale\" or \"options\" for its rows",
             "{1} braucht für ihre Zeilen entweder eine \"scale\" oder \"options\"")
        case .scaleToNotAboveFrom:
            ("\"to\" of the scale of {1} ({2}) must be above \"from\" ({3})",
             "\"to\" der Skala von {1} ({2}) muss größer sein als \"from\" ({3})")
        case .scaleTooManyPoints:
            ("the scale of {1} has {2} points; use at most 101",
             "die Skala von {1} hat {2} Punkte; erlaubt sind höchstens 101")
        case .scaleLabelOutOfRange:
            ("label key \"{1}\" of the scale of {2} is not a point of the scale; use a number from {3} to {4}",
             "der Schlüssel \"{1}\" der Beschriftungen der Skala von {2} ist kein Punkt der Skala; verwenden Sie eine Zahl von {3} bis {4}")
        case .scaleLabelsNotObject:
            ("\"labels\" of the scale of {1} must be an object such as {\"{2}\": \"…\", \"{3}\": \"…\"}, not {4}",
             "\"labels\" der Skala von {1} muss ein Objekt wie {\"{2}\": \"…\", \"{3}\": \"…\"} sein, nicht {4}")
        case .expressionProblem: ("{1}: {2}", "{1}: {2}")
        case .expressionLabelForValue:
            ("{1}: {2}; did you mean the value '{3}' (label '{4}')?",
             "{1}: {2}; meinten Sie den Wert „{3}“ (Beschriftung „{4}“)?")
        case .expressionAllowedValues:
            ("{1}: {2}; use one of {3}", "{1}: {2}; erlaubt sind {3}")
        case .conditionOnItself:
            ("{1} refers to the question itself; a question cannot decide its own visibility",
             "{1} bezieht sich auf die Frage selbst; eine Frage kann nicht über ihre eigene Sichtbarkeit entscheiden")
        case .conditionCycle:
            ("{1} refers to \"{2}\", whose visibility depends on \"{3}\" in turn ({4}); remove one of these conditions",
             "{1} bezieht sich auf die Frage \"{2}\", deren Sichtbarkeit wiederum von \"{3}\" abhängt ({4}); entfernen Sie eine dieser Bedingungen")
        case .conditionOnLaterQuestion:
            ("{1} refers to \"{2}\", which comes later in the survey; a question can only depend on questions before it",
             "{1} bezieht sich auf die Frage \"{2}\", die erst später in der Befragung kommt; eine Frage kann nur von Fragen vor ihr abhängen")
        case .pageConditionOnSamePage:
            ("{1} refers to \"{2}\", which is on this page; a page can only depend on questions of earlier pages",
             "{1} bezieht sich auf die Frage \"{2}\", die auf derselben Seite steht; eine Seite kann nur von Fragen früherer Seiten abhängen")
        case .pageConditionOnLaterPage:
            ("{1} refers to \"{2}\", which comes on a later page; a page can only depend on questions of earlier pages",
             "{1} bezieht sich auf die Frage \"{2}\", die erst auf einer späteren Seite kommt; eine Seite kann nur von Fragen früherer Seiten abhängen")
        case .ruleElsewhere:
            ("\"expr\" of {1} does not refer to \"{2}\"; its message would appear at a question it does not check, so move the rule to one of the questions it names",
             "\"expr\" von {1} bezieht sich nicht auf \"{2}\"; ihre Meldung erschiene bei einer Frage, die sie gar nicht prüft; verschieben Sie die Regel zu einer der Fragen, die sie nennt")
        case .reportNotObject:
            ("\"report\" must be an object of report settings, e.g. {\"minGroupSize\": 5}, not {1}",
             "\"report\" muss ein Objekt mit Berichtseinstellungen sein, z. B. {\"minGroupSize\": 5}, nicht {1}")
        case .reportIncludesPersonal:
            ("question \"{1}\" is personal data, which never appears in reports; remove it from \"include\" of \"report\"",
             "die Frage \"{1}\" erfasst personenbezogene Daten, die nie in Berichten erscheinen; entfernen Sie sie aus \"include\" von \"report\"")
        case .reportIncludesReportFalse:
            ("question \"{1}\" says \"report\": false; remove it from \"include\" of \"report\" or remove that flag",
             "die Frage \"{1}\" hat \"report\": false; entfernen Sie sie aus \"include\" von \"report\" oder entfernen Sie diese Angabe")
        case .reportIncludedAndExcluded:
            ("question \"{1}\" is in both \"exclude\" and \"include\" of \"report\"; keep one",
             "die Frage \"{1}\" steht sowohl in \"exclude\" als auch in \"include\" von \"report\"; behalten Sie einen Eintrag")
        case .reportIncludesNote:
            ("question \"{1}\" is a note, which has no answers to report; remove it from \"include\" of \"report\"",
             "die Frage \"{1}\" ist ein Hinweis und hat keine Antworten für den Bericht; entfernen Sie sie aus \"include\" von \"report\"")
        case .reportIncludeNeedless:
            ("question \"{1}\" appears in reports anyway; \"include\" is needed only for free-text questions",
             "die Frage \"{1}\" erscheint ohnehin in Berichten; \"include\" ist nur für Freitextfragen nötig")
        case .reportListedTwice:
            ("question \"{1}\" is listed twice in \"{2}\" of \"report\"; remove one",
             "die Frage \"{1}\" steht zweimal in \"{2}\" von \"report\"; entfernen Sie einen Eintrag")
        case .reportUnknownQuestion:
            ("there is no question \"{1}\" for {2}", "die Frage \"{1}\" in {2} gibt es nicht")
        case .reportUnknownQuestionSuggested:
            ("there is no question \"{1}\" for {2}; did you mean \"{3}\"?",
             "die Frage \"{1}\" in {2} gibt es nicht; meinten Sie \"{3}\"?")
        case .sectionQuestionsEmpty:
            ("\"questions\" of {1} is empty; list a question or remove the section",
             "\"questions\" von {1} ist leer; nennen Sie eine Frage oder entfernen Sie den Abschnitt")
        case .sectionListedTwice:
            ("question \"{1}\" is already listed in section {2} of \"report\"; list each question once",
             "die Frage \"{1}\" steht schon in Abschnitt {2} von \"report\"; nennen Sie jede Frage nur einmal")
        case .sectionLeftOut:
            ("question \"{1}\" is left out of reports ({2}); remove it from {3}",
             "die Frage \"{1}\" erscheint nicht in Berichten ({2}); entfernen Sie sie aus {3}")
        case .leftOutPersonal: ("it is personal data", "sie erfasst personenbezogene Daten")
        case .leftOutNote: ("a note has no answers", "ein Hinweis hat keine Antworten")
        case .leftOutReportFalse: ("it says \"report\": false", "sie hat \"report\": false")
        case .leftOutExcluded: ("it is in \"exclude\"", "sie steht in \"exclude\"")
        case .leftOutFreeText:
            ("free text is left out unless listed in \"include\"",
             "Freitext erscheint nur, wenn er in \"include\" steht")
        case .placeCondition: ("{1} of {2}", "Bedingung \"{1}\" von {2}")
        case .placeMail: ("\"mail\"", "\"mail\"")
        case .placeMailTemplate: ("\"{1}\" of \"mail\"", "\"{1}\" von \"mail\"")
        case .mailPlaceholderUnknownSuggested:
            ("unknown placeholder {{{1}}} in {2}; did you mean {{{3}}}?",
             "{2} enthält den unbekannten Platzhalter {{{1}}}; meinten Sie {{{3}}}?")
        case .mailPlaceholderUnknown:
            ("unknown placeholder {{{1}}} in {2}; the placeholders are {3}",
             "{2} enthält den unbekannten Platzhalter {{{1}}}; die Platzhalter sind {3}")
        case .mailFieldUnknownSuggested:
            ("{{field.{1}}} in {2} names no participant field; did you mean {{field.{3}}}?",
             "{2} nennt mit {{field.{1}}} kein Teilnehmendenfeld; meinten Sie {{field.{3}}}?")
        case .mailFieldUnknown:
            ("{{field.{1}}} in {2} names no participant field; the survey's fields are {3}",
             "{2} nennt mit {{field.{1}}} kein Teilnehmendenfeld; die Felder der Befragung sind {3}")
        case .mailPlaceholderUnclosed:
            ("\"{{\" without \"}}\" in {1}; close the placeholder, e.g. {{link}}",
             "{1} enthält \"{{\" ohne \"}}\"; schließen Sie den Platzhalter, etwa {{link}}")
        case .mailLinkMissing:
            ("{1} has no {{link}}; without the personal link the mail gives no way into the survey",
             "{1} enthält kein {{link}}; ohne den persönlichen Link führt die E-Mail nicht zur Befragung")
        case .mailSubjectLineBreak:
            ("{1} contains a line break; a subject is one line",
             "{1} enthält einen Zeilenumbruch; ein Betreff ist eine Zeile")
        case .mailClosesWithoutDate:
            ("{1} uses {{closes}}, but the survey has no \"closes\" date, so it stays empty",
             "{1} verwendet {{closes}}, aber die Befragung hat kein \"closes\"-Datum; der Platzhalter bleibt leer")
        case .mailLanguageMissing:
            ("{1} has no {2} subject or text; mails in that language use the built-in letter",
             "{1} hat keinen Betreff oder Text in \"{3}\"; E-Mails in dieser Sprache verwenden das eingebaute Anschreiben")
        case .mailHTMLLanguageMissing:
            ("\"html\" of {1} has no {2} text; mails in that language go out as plain text only",
             "\"html\" von {1} hat keinen Text in \"{3}\"; E-Mails in dieser Sprache werden nur als reiner Text verschickt")
        }
    }
}
