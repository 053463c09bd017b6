import Foundation
import StrictJSON
import SurveyModel

/// How the text of a designer form field becomes a value of the definition.
///
/// The key at the end of a path says what kind of value it holds (`required` a switch, `min` a number
/// or, in a date question, a date, `exclude` a list of ids); the rest are strings. What does not
/// parse as its kind is stored as typed, so `Survey.load` names the problem at that very field in its
/// own words, rather than the form guessing.
enum DesignerValue {
    /// Keys of switches; an empty value means "not set", which is the format's default.
    static let switches: Set<String> = [
        "required", "anonymous", "publicQuestionnaire", "integer", "multiline", "personal", "exclusive",
    ]
    /// Keys of numbers (`min` and `max` only outside date questions).
    static let numbers: Set<String> = [
        "min", "max", "from", "to", "minSelected", "maxSelected", "rankCount", "maxLength", "minGroupSize",
    ]
    /// Keys of lists of question ids, typed as ids separated by commas, spaces or line breaks.
    static let idLists: Set<String> = ["exclude", "include", "questions"]
    /// Keys whose value must be present even when empty: the loader then says it must not be empty.
    static let required: Set<String> = ["id", "type", "value", "expr"]
    /// Keys of texts people read; their values are a string or one string per language.
    static let texts: Set<String> = [
        "title", "description", "privacy", "help", "patternMessage", "unit", "text", "label", "message", "intro",
        "subject", "html",
    ]
    /// Texts that may be left out; empty in every language, they are removed.
    static let optionalTexts: Set<String> = ["description", "privacy", "help", "patternMessage", "unit", "intro"]

    /// The text a path's field holds one language of (`…title` for `…title.de`), if it is one.
    static func textPlace(of path: DefinitionPath) -> DefinitionPath? {
        guard case .key(let language)? = path.components.last, language.count == 2,
            language.allSatisfy({ $0.isASCII && $0.isLowercase })
        else { return nil }
        let place = path.parent
        return isText(place) ? place : nil
    }

    /// Whether the value at `path` is a text people read.
    static func isText(_ path: DefinitionPath) -> Bool {
        guard case .key(let last)? = path.components.last else { return false }
        // The labels of a yes/no question (`labels.true`) and of a scale's points (`scale.labels.5`).
        return texts.contains(last) || path.parent.components.last == .key("labels")
    }

    /// Whether the text at `path` may be left out: the optional texts, and the labels of a yes/no
    /// question's answers and of a scale's points, each of which has a default or may go unnamed.
    /// A note's `title` too, the one type whose title is optional, and the texts of mail templates.
    static func isOptionalText(_ path: DefinitionPath, in definition: JSON) -> Bool {
        guard case .key(let last)? = path.components.last else { return false }
        let isNoteTitle =
            last == "title" && isInsideQuestion(path)
            && definition.value(at: path.parent)?["type"]?.string == QuestionType.note.rawValue
        // Every text of a mail template: cleared, the built-in letter takes its place.
        let isMailText = path.components.first == .key("mail")
        return optionalTexts.contains(last) || path.parent.components.last == .key("labels") || isNoteTitle
            || isMailText
    }

    /// The edit that gives `path` the value typed as `text`; nil when the definition holds that value already.
    static func edit(setting text: String, at path: DefinitionPath, in definition: JSON) -> DefinitionEdit? {
        let current = definition.value(at: path)
        guard let value = value(text, at: path, in: definition) else {
            return current == nil ? nil : .remove(path)
        }
        return value == current ? nil : .set(path, value)
    }

    /// The typed value of `text` at `path`; nil for an empty field of a key that may be left out.
    static func value(_ text: String, at path: DefinitionPath, in definition: JSON) -> JSON? {
        guard case .key(let key)? = path.components.last else { return .string(text) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty, !required.contains(key) { return nil }
        if switches.contains(key) || (key == "report" && isInsideQuestion(path)) {
            switch trimmed {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: return .string(trimmed)
            }
        }
        if numbers.contains(key), !isDateLimit(path, in: definition) {
            // German speakers write a decimal comma and group thousands with dots (1.000,5).
            let spelled =
                trimmed.contains(",")
                ? trimmed.replacingOccurrences(of: ".", with: "").replacingOccurrences(of: ",", with: ".") : trimmed
            if let number = Double(spelled), number.isFinite { return .number(number) }
            return .string(trimmed)
        }
        if idLists.contains(key), path.components.contains(.key("report")) {
            let separators = CharacterSet(charactersIn: ",;").union(.whitespacesAndNewlines)
            return .array(trimmed.components(separatedBy: separators).filter { !$0.isEmpty }.map(JSON.string))
        }
        return .string(required.contains(key) ? trimmed : text)
    }

    /// Whether a path lies inside a question (`pages[n].questions[m]…`).
    private static func isInsideQuestion(_ path: DefinitionPath) -> Bool {
        path.components.count >= 5 && path.components[0] == .key("pages") && path.components[2] == .key("questions")
    }

    /// Whether `min`/`max` at `path` belong to a date question, whose limits are dates.
    private static func isDateLimit(_ path: DefinitionPath, in definition: JSON) -> Bool {
        definition.value(at: path.parent)?["type"]?.string == QuestionType.date.rawValue
    }
}
