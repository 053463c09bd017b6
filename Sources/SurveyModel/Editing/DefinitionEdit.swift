import StrictJSON

/// One change the designer makes to a definition's JSON.
///
/// Edits are pure and total: `apply(to:)` returns the changed definition or throws a
/// ``DefinitionEditError``, never traps. They keep the definition's member order and leave every
/// check of content to `Survey.load`: an edit may leave something the loader flags (an empty page
/// title), always within ``DefinitionEditOutcome/touched``, so the error is shown at the field the
/// edit came from. What an edit refuses is what would break a place elsewhere: an id, a type or an
/// option value that an expression reads. The report settings' question lists follow a question
/// instead: renaming it renames the entries, deleting it removes them.
public enum DefinitionEdit: Sendable, Hashable {
    /// Sets the value at a path, creating missing object members on the way.
    ///
    /// Setting the id of a page or question, a question's type or a choice's value is the same
    /// as the dedicated edit below (`renameQuestion`, …), with its checks.
    case set(DefinitionPath, JSON)
    /// Removes the member or element at a path; a required key may go, the loader then says so.
    /// Removing a page, question or choice is the same as the dedicated delete edit.
    case remove(DefinitionPath)
    /// Sets the text at a path in one language (turning a plain string into a language object
    /// that keeps the string for the other languages), or as a plain string when `language` is nil.
    case setText(DefinitionPath, language: String?, String)

    /// Appends a page with a fresh id (`seite_3`), a starting title and one text question, so it loads.
    case addPage
    /// Gives page `page` a new id; page ids are read by no expression.
    case renamePage(Int, id: String)
    /// Moves page `from` to position `to` (`to` = `from` ± 1 for up and down).
    case movePage(Int, to: Int)
    case deletePage(Int)

    /// Appends a question of the type, with starting content and a fresh id, to page `page`.
    case addQuestion(QuestionType, page: Int)
    /// Gives a question a new id, in the report settings too; refused while expressions read the old one.
    case renameQuestion(QuestionAddress, id: String)
    /// Places a copy with a fresh id right after the question.
    case duplicateQuestion(QuestionAddress)
    /// Moves a question to position `to` on its page.
    case moveQuestion(QuestionAddress, to: Int)
    /// Moves a question to the end of page `page`.
    case moveQuestionToPage(QuestionAddress, page: Int)
    case deleteQuestion(QuestionAddress)
    /// Changes the type, keeping the keys the new type accepts; the outcome lists those dropped.
    case changeType(QuestionAddress, to: QuestionType)

    /// Appends an option or row with a fresh value and a label in each language.
    case addChoice(ChoiceList)
    case removeChoice(ChoiceList, Int)
    /// Moves choice `from` to position `to`.
    case moveChoice(ChoiceList, Int, to: Int)
    /// Changes a choice's stored value; refused while expressions compare with the old one.
    case setChoiceValue(ChoiceList, Int, String)
    /// Adds or removes the free-text "other" choice of a single or multiple choice question.
    case setOther(QuestionAddress, Bool)
    /// Adds or removes the "not applicable" answer of a scale or of a matrix with a scale.
    case setNotApplicable(QuestionAddress, Bool)
    /// Appends a validation rule that loads as it is, for the person to reword.
    case addRule(QuestionAddress)
    /// Removes validation rule `index` of the question.
    case removeRule(QuestionAddress, Int)

    /// Adds a survey language; texts lack it until they are translated, which the loader reports
    /// as a warning at each text (an empty text would be an error and block saving).
    case addLanguage(String)
    /// Removes a survey language and its text from every text object.
    case removeLanguage(String)

    /// Appends an entry that loads to a list of the settings (a participant field, an option, a section).
    case addEntry(SettingsList)

    /// The changed definition.
    public func apply(to definition: JSON) throws(DefinitionEditError) -> JSON {
        try perform(on: definition).definition
    }

    /// The changed definition with what the edit touched, created and dropped.
    public func perform(on definition: JSON) throws(DefinitionEditError) -> DefinitionEditOutcome {
        switch self {
        case .set(let path, let value):
            if let dedicated = Self.dedicatedEdit(setting: value, at: path) {
                return try dedicated.perform(on: definition)
            }
            // The loader reports a conflict between two keys (min above max) at either of them.
            return DefinitionEditOutcome(definition: try definition.setting(value, at: path), touched: [path.parent])
        case .remove(let path):
            if let dedicated = Self.dedicatedEdit(removing: path) { return try dedicated.perform(on: definition) }
            try Self.checkRemovable(path, in: definition)
            let removed = try Self.pruningEmptyMail(definition.removing(at: path), removed: path)
            return DefinitionEditOutcome(definition: removed, touched: [path.parent])
        case .setText(let path, let language, let text):
            return try Self.setText(text, language: language, at: path, in: definition)
        case .addPage: return try Self.addPage(to: definition)
        case .renamePage(let page, let id): return try Self.renamePage(page, to: id, in: definition)
        case .movePage(let from, let to):
            let list = DefinitionOutline.pages
            return try Self.move(in: list, from, to: to, definition, touched: [list])
        case .deletePage(let page): return try Self.deletePage(page, in: definition)
        case .addQuestion(let type, let page): return try Self.addQuestion(type, page: page, in: definition)
        case .renameQuestion(let address, let id): return try Self.renameQuestion(address, to: id, in: definition)
        case .duplicateQuestion(let address): return try Self.duplicateQuestion(address, in: definition)
        case .moveQuestion(let address, let to):
            let page = DefinitionOutline.pages.appending(address.page)
            return try Self.move(in: page.appending("questions"), address.index, to: to, definition, touched: [page])
        case .moveQuestionToPage(let address, let page):
            return try Self.moveQuestion(address, toPage: page, in: definition)
        case .deleteQuestion(let address): return try Self.deleteQuestion(address, in: definition)
        case .changeType(let address, let type): return try Self.changeType(of: address, to: type, in: definition)
        case .addChoice(let list): return try Self.addChoice(to: list, in: definition)
        case .removeChoice(let list, let index): return try Self.removeChoice(index, of: list, in: definition)
        case .moveChoice(let list, let from, let to):
            return try Self.move(in: list.path, from, to: to, definition, touched: [list.path])
        case .setChoiceValue(let list, let index, let value):
            return try Self.setChoiceValue(value, of: index, in: list, definition)
        case .setOther(let address, let on): return try Self.setOther(on, address, in: definition)
        case .setNotApplicable(let address, let on): return try Self.setNotApplicable(on, address, in: definition)
        case .addRule(let address): return try Self.addRule(to: address, in: definition)
        case .removeRule(let address, let index): return try Self.removeRule(index, of: address, in: definition)
        case .addLanguage(let code): return try Self.addLanguage(code, to: definition)
        case .removeLanguage(let code): return try Self.removeLanguage(code, from: definition)
        case .addEntry(let list): return try Self.addEntry(to: list, in: definition)
        }
    }

    /// Moves element `from` of the array at `list` to position `to`.
    static func move(
        in list: DefinitionPath, _ from: Int, to: Int, _ definition: JSON, touched: [DefinitionPath]
    ) throws(DefinitionEditError) -> DefinitionEditOutcome {
        let changed = try definition.modifying(at: list) { (value) throws(DefinitionEditError) -> JSON in
            guard var elements = value.elements else { throw .unexpectedShape(at: list) }
            guard elements.indices.contains(from) else { throw .noValue(at: list.appending(from)) }
            guard elements.indices.contains(to) else { throw .noValue(at: list.appending(to)) }
            elements.insert(elements.remove(at: from), at: to)
            return .array(elements)
        }
        return DefinitionEditOutcome(definition: changed, touched: touched)
    }
}

/// The result of an edit: the changed definition and what the designer needs to show next.
public struct DefinitionEditOutcome: Sendable, Hashable {
    public var definition: JSON
    /// The parts the edit changed; whatever the loader finds wrong that was not wrong before lies
    /// inside one of them.
    public var touched: [DefinitionPath]
    /// The path of a page, question or choice the edit created, for the designer to go to.
    public var created: DefinitionPath?
    /// Keys a type change removed because the new type does not accept them.
    public var droppedKeys: [String]

    public init(
        definition: JSON, touched: [DefinitionPath], created: DefinitionPath? = nil, droppedKeys: [String] = []
    ) {
        self.definition = definition
        self.touched = touched
        self.created = created
        self.droppedKeys = droppedKeys
    }
}

/// Positions come from form fields, so the neighbours of `Int.min` and `Int.max` wrap around to
/// positions that do not exist, which the edit then refuses, instead of trapping.
extension DefinitionEdit {
    /// Moves a page one place up.
    public static func movePageUp(_ page: Int) -> DefinitionEdit { .movePage(page, to: page &- 1) }
    /// Moves a page one place down.
    public static func movePageDown(_ page: Int) -> DefinitionEdit { .movePage(page, to: page &+ 1) }
    /// Moves a question one place up on its page.
    public static func moveQuestionUp(_ address: QuestionAddress) -> DefinitionEdit {
        .moveQuestion(address, to: address.index &- 1)
    }
    /// Moves a question one place down on its page.
    public static func moveQuestionDown(_ address: QuestionAddress) -> DefinitionEdit {
        .moveQuestion(address, to: address.index &+ 1)
    }
    /// Moves a choice one place up.
    public static func moveChoiceUp(_ list: ChoiceList, _ index: Int) -> DefinitionEdit {
        .moveChoice(list, index, to: index &- 1)
    }
    /// Moves a choice one place down.
    public static func moveChoiceDown(_ list: ChoiceList, _ index: Int) -> DefinitionEdit {
        .moveChoice(list, index, to: index &+ 1)
    }
    /// Sets the label of a choice in one language, or as a plain string.
    public static func setChoiceLabel(_ list: ChoiceList, _ index: Int, language: String?, _ text: String)
        -> DefinitionEdit
    {
        .setText(list.path.appending(index).appending("label"), language: language, text)
    }
}
