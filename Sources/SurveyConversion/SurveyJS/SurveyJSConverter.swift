import StrictJSON
import SurveyModel

/// Converts a SurveyJS survey definition (the JSON that SurveyJS Creator and `JSON.stringify` write) to ours.
///
/// Only strict JSON is read: an object literal copied from JavaScript source (unquoted keys,
/// single quotes, trailing commas, comments) is refused with line, column and what to write
/// instead, the same messages `survey validate` gives. A UTF-8 byte order mark is skipped.
public enum SurveyJSConverter {
    /// The largest file read, the same as for our own definitions.
    public static let maximumFileSize = Survey.maximumFileSize

    /// Converts the SurveyJS definition in `bytes`.
    /// - Parameters:
    ///   - id: our survey id; it must also be the name of the file the definition is saved as.
    ///   - file: the source's name, for the places of syntax errors.
    /// - Throws: `SurveyJSConversionError` when the file is too large, not JSON or no SurveyJS survey.
    public static func convert(
        _ bytes: [UInt8], id: String, file: String
    ) throws(SurveyJSConversionError) -> Conversion {
        guard bytes.count <= maximumFileSize else { throw .tooLarge(limit: maximumFileSize) }
        let content = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        let document: JSONDocument
        do {
            document = try JSONDocument(parsing: content)
        } catch {
            // The loader turns syntax errors into the diagnostics `survey validate` prints, in both languages.
            throw .syntax(Survey.load(bytes: content, file: file).diagnostics)
        }
        let root = document.root
        guard root.members != nil,
            root["pages"]?.elements != nil || root["elements"]?.elements != nil
                || root["questions"]?.elements != nil
        else { throw .notASurvey }
        let texts = SurveyJSTexts(root: root)
        var reader = SurveyJSReader(texts: texts)
        for (key, place) in texts.unknownLocales {
            reader.warn(
                place, "„\(key)“ ist kein Sprachcode nach ISO 639-1; diese Texte entfallen.",
                "“\(key)” is no ISO 639-1 language code; these texts are dropped")
        }
        for key in surveyKeysNotCarried where root[key] != nil {
            reader.warnNotCarried(key, key)
        }
        if texts.text(root["title"]) == nil {
            reader.warn(
                "title", "Die Umfrage hat keinen Titel; die Kennung wird verwendet.",
                "the survey has no title; its id is used")
        }
        reader.readPages(root: root)
        let pages = reader.finishedPages()
        var definition = [
            JSONField(key: "id", value: .string(id)),
            JSONField(key: "title", value: texts.text(root["title"]) ?? .string(id)),
        ]
        if let description = texts.text(root["description"]) {
            definition.append(JSONField(key: "description", value: description))
        }
        definition += [
            JSONField(key: "languages", value: .array(texts.languages.map(JSON.string))),
            JSONField(key: "access", value: "public"),
            JSONField(key: "pages", value: .array(pages)),
        ]
        return Conversion(definition: .object(definition), warnings: reader.warnings)
    }

    /// Our survey id for a file name: `Kundenzufriedenheit 2024.json` gives `kundenzufriedenheit-2024`.
    public static func surveyID(forFileName name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        let stem = base.hasSuffix(".json") ? String(base.dropLast(5)) : base
        return SurveyJSNames.surveyID(for: stem)
    }

    /// Survey settings that change what is asked or recorded and have no equivalent.
    private static let surveyKeysNotCarried = [
        "triggers", "calculatedValues", "timeLimit", "timeLimitPerPage", "maxTimeToFinish", "maxTimeToFinishPage",
        "completedHtmlOnCondition", "navigateToUrlOnCondition", "cookieName", "variables",
    ]
}
