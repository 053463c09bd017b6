import HTTPServer
import SurveyModel

/// The value of a designer form's action button: one structural edit, spelled as words.
///
/// A button names its edit as `verb arguments…` (`move-question 1 2 3`: page 1, question 2, to
/// position 3). An argument `@name` is read from the form's field `name` when the form is posted, so
/// one button can add a question of the type chosen in a list beside it. Every structural edit has a
/// spelling, and ``edit(_:form:)`` reads exactly what ``value(of:)`` writes.
enum DesignerAction {
    /// The button value for `edit`; nil for the edits that form fields make (`set`, `setText`).
    /// A `remove` button ("remove this participant field") names the path it removes.
    static func value(of edit: DefinitionEdit) -> String? {
        let words: [String]
        switch edit {
        case .set, .setText: return nil
        case .remove(let path): words = ["remove", path.description]
        case .addPage: words = ["add-page"]
        case .renamePage(let page, let id): words = ["rename-page", String(page), id]
        case .movePage(let page, let to): words = ["move-page", String(page), String(to)]
        case .deletePage(let page): words = ["delete-page", String(page)]
        case .addQuestion(let type, let page): words = ["add-question", String(page), type.rawValue]
        case .renameQuestion(let question, let id): words = ["rename-question"] + numbers(question) + [id]
        case .duplicateQuestion(let question): words = ["duplicate-question"] + numbers(question)
        case .moveQuestion(let question, let to): words = ["move-question"] + numbers(question) + [String(to)]
        case .moveQuestionToPage(let question, let page):
            words = ["move-question-to-page"] + numbers(question) + [String(page)]
        case .deleteQuestion(let question): words = ["delete-question"] + numbers(question)
        case .changeType(let question, let type): words = ["change-type"] + numbers(question) + [type.rawValue]
        case .addChoice(let list): words = ["add-choice"] + names(list)
        case .removeChoice(let list, let index): words = ["remove-choice"] + names(list) + [String(index)]
        case .moveChoice(let list, let index, let to):
            words = ["move-choice"] + names(list) + [String(index), String(to)]
        case .setChoiceValue(let list, let index, let value):
            words = ["set-choice-value"] + names(list) + [String(index), value]
        case .setOther(let question, let on): words = ["set-other"] + numbers(question) + [on ? "on" : "off"]
        case .setNotApplicable(let question, let on):
            words = ["set-not-applicable"] + numbers(question) + [on ? "on" : "off"]
        case .addRule(let question): words = ["add-rule"] + numbers(question)
        case .removeRule(let question, let index): words = ["remove-rule"] + numbers(question) + [String(index)]
        case .addLanguage(let code): words = ["add-language", code]
        case .removeLanguage(let code): words = ["remove-language", code]
        case .addEntry(let list): words = ["add-entry", list.path.description]
        }
        return words.joined(separator: " ")
    }

    /// An argument that the posted form's field `name` supplies (a type, a page or a language chosen in a list).
    static func fromField(_ name: String) -> String { "@" + name }

    /// The edit a posted button value asks for; nil when the value is not one.
    static func edit(_ value: String, form: URLEncodedForm) -> DefinitionEdit? {
        let words = value.split(separator: " ").map { word in
            word.first == "@" ? form[String(word.dropFirst())] ?? "" : String(word)
        }
        guard let verb = words.first else { return nil }
        let arguments = Array(words.dropFirst())
        let numbers = arguments.map { Int($0) }
        func number(_ index: Int) -> Int? { numbers.indices.contains(index) ? numbers[index] : nil }
        func word(_ index: Int) -> String? { arguments.indices.contains(index) ? arguments[index] : nil }
        func question(_ first: Int) -> QuestionAddress? {
            guard let page = number(first), let index = number(first + 1) else { return nil }
            return QuestionAddress(page: page, index: index)
        }
        func list() -> ChoiceList? {
            guard let address = question(1) else { return nil }
            switch word(0) {
            case "options": return .options(address)
            case "rows": return .rows(address)
            default: return nil
            }
        }
        func switchedOn(_ index: Int) -> Bool? {
            switch word(index) {
            case "on": true
            case "off": false
            default: nil
            }
        }
        let count = arguments.count
        switch (verb, count) {
        case ("add-page", 0): return .addPage
        case ("rename-page", 2): return number(0).flatMap { page in word(1).map { .renamePage(page, id: $0) } }
        case ("move-page", 2): return number(0).flatMap { page in number(1).map { .movePage(page, to: $0) } }
        case ("delete-page", 1): return number(0).map { .deletePage($0) }
        case ("add-question", 2):
            return number(0).flatMap { page in word(1).flatMap(QuestionType.init).map { .addQuestion($0, page: page) } }
        case ("rename-question", 3):
            return question(0).flatMap { address in word(2).map { .renameQuestion(address, id: $0) } }
        case ("duplicate-question", 2): return question(0).map { .duplicateQuestion($0) }
        case ("move-question", 3):
            return question(0).flatMap { address in number(2).map { .moveQuestion(address, to: $0) } }
        case ("move-question-to-page", 3):
            return question(0).flatMap { address in number(2).map { .moveQuestionToPage(address, page: $0) } }
        case ("delete-question", 2): return question(0).map { .deleteQuestion($0) }
        case ("change-type", 3):
            return question(0).flatMap { address in
                word(2).flatMap(QuestionType.init).map { .changeType(address, to: $0) }
            }
        case ("add-choice", 3): return list().map { .addChoice($0) }
        case ("remove-choice", 4): return list().flatMap { list in number(3).map { .removeChoice(list, $0) } }
        case ("move-choice", 5):
            return list().flatMap { list in
                number(3).flatMap { index in number(4).map { .moveChoice(list, index, to: $0) } }
            }
        case ("set-choice-value", 5):
            return list().flatMap { list in
                number(3).flatMap { index in word(4).map { .setChoiceValue(list, index, $0) } }
            }
        case ("set-other", 3): return question(0).flatMap { address in switchedOn(2).map { .setOther(address, $0) } }
        case ("set-not-applicable", 3):
            return question(0).flatMap { address in switchedOn(2).map { .setNotApplicable(address, $0) } }
        case ("add-rule", 2): return question(0).map { .addRule($0) }
        case ("remove-rule", 3): return question(0).flatMap { address in number(2).map { .removeRule(address, $0) } }
        case ("add-language", 1): return word(0).map { .addLanguage($0) }
        case ("remove-language", 1): return word(0).map { .removeLanguage($0) }
        case ("remove", 1): return word(0).flatMap(DefinitionPath.init(parsing:)).map { .remove($0) }
        case ("add-entry", 1):
            return word(0).flatMap(DefinitionPath.init(parsing:)).flatMap(SettingsList.init(path:)).map {
                .addEntry($0)
            }
        default: return nil
        }
    }

    private static func numbers(_ question: QuestionAddress) -> [String] {
        [String(question.page), String(question.index)]
    }

    private static func names(_ list: ChoiceList) -> [String] {
        switch list {
        case .options(let question): ["options"] + numbers(question)
        case .rows(let question): ["rows"] + numbers(question)
        }
    }
}
