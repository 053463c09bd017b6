import Foundation
import HTTPServer
import StrictJSON
import SurveyModel

/// What a posted designer form asks for, as edits of the definition it was built from.
///
/// Every field named by a ``DefinitionPath`` (`pages[0].questions[2].min`) sets the value at that path;
/// only fields whose value differs from the definition's make an edit, so a form may show more than the
/// person changes. The button pressed (`action`, see ``DesignerAction``) comes last, so what was typed
/// beside an "add option" button is kept. The form also carries the version it was built from
/// (`version`) and whether the person confirmed a warning (`confirm`).
struct DesignerForm {
    /// One edit and the field or button it came from, where its error is shown.
    struct Step {
        let edit: DefinitionEdit
        let source: DefinitionPath
    }

    /// The SHA-256 of the file the form was built from, for optimistic locking.
    let baseVersion: String
    /// Whether the person confirmed the consequences the last attempt showed (stored answers hidden, …).
    let confirmed: Bool
    let steps: [Step]
    /// A button value that names no edit; the page says so rather than save something else.
    let unknownAction: String?

    /// The name of the hidden field with the version the form was built from.
    static let versionField = "version"
    /// The name of the buttons that make a structural edit.
    static let actionField = "action"
    /// The name of the confirmation checkbox or button.
    static let confirmField = "confirm"

    /// Reads `form` against `definition`, the version the form was built from.
    init(_ form: URLEncodedForm, definition: JSON) {
        baseVersion = form[Self.versionField] ?? ""
        confirmed = form[Self.confirmField] == "1"
        // The last value of a name counts: a checkbox follows a hidden field of the same name that
        // stands for "unchecked".
        var values: [DefinitionPath: String] = [:]
        var order: [DefinitionPath] = []
        for (name, value) in form {
            guard let path = DefinitionPath(parsing: name), Self.isDefinitionField(path) else { continue }
            if values.updateValue(value, forKey: path) == nil { order.append(path) }
        }
        // The languages of each text, gathered once, so a long form costs time in proportion to its fields.
        var texts: [DefinitionPath: [(path: DefinitionPath, text: String)]] = [:]
        for path in order {
            if let place = DesignerValue.textPlace(of: path), let value = values[path] {
                texts[place, default: []].append((path, value))
            }
        }
        var steps: [Step] = []
        for path in order {
            guard let value = values[path] else { continue }
            if let place = DesignerValue.textPlace(of: path) {
                guard let entered = texts.removeValue(forKey: place) else { continue }
                steps += Self.textSteps(place, entered: entered, definition: definition)
            } else if let edit = DesignerValue.edit(setting: value, at: path, in: definition) {
                steps.append(Step(edit: edit, source: path))
            }
        }
        var unknownAction: String?
        if let action = form[Self.actionField] {
            if let edit = DesignerAction.edit(action, form: form) {
                steps.append(Step(edit: edit, source: Self.source(of: edit)))
            } else {
                unknownAction = action
            }
        }
        self.steps = steps
        self.unknownAction = unknownAction
    }

    /// Whether a path names a value inside a definition rather than one of the form's own fields.
    private static func isDefinitionField(_ path: DefinitionPath) -> Bool {
        guard case .key(let first)? = path.components.first else { return false }
        return DefinitionKeys.survey.contains(first)
    }

    /// The edits of one text place: one per language whose text changed, or removing an optional
    /// text that is now empty in every language.
    private static func textSteps(
        _ place: DefinitionPath, entered: [(path: DefinitionPath, text: String)], definition: JSON
    ) -> [Step] {
        let current = definition.value(at: place)
        if entered.allSatisfy({ $0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }),
            DesignerValue.isOptionalText(place, in: definition)
        {
            return current == nil ? [] : [Step(edit: .remove(place), source: place)]
        }
        return entered.compactMap { path, text in
            guard case .key(let language)? = path.components.last else { return nil }
            let before = current.flatMap { $0.string ?? $0[language]?.string }
            return before == text ? nil : Step(edit: .setText(place, language: language, text), source: path)
        }
    }

    /// Where an action's error is shown: at the part it acts on.
    private static func source(of edit: DefinitionEdit) -> DefinitionPath {
        switch edit {
        case .set(let path, _), .remove(let path), .setText(let path, _, _): path
        case .addPage, .addLanguage, .removeLanguage: .root
        case .renamePage(let page, _), .movePage(let page, _), .deletePage(let page):
            DefinitionPath.root.appending("pages").appending(page)
        case .addQuestion(_, let page): DefinitionPath.root.appending("pages").appending(page)
        case .renameQuestion(let question, _), .duplicateQuestion(let question), .moveQuestion(let question, _),
            .moveQuestionToPage(let question, _), .deleteQuestion(let question), .changeType(let question, _),
            .setOther(let question, _), .setNotApplicable(let question, _), .addRule(let question),
            .removeRule(let question, _):
            question.path
        case .addChoice(let list): list.path
        case .addEntry(let list): list.path
        case .removeChoice(let list, let index), .moveChoice(let list, let index, _),
            .setChoiceValue(let list, let index, _):
            list.path.appending(index)
        }
    }
}
