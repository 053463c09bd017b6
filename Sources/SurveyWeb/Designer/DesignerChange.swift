import HTTPServer
import StrictJSON
import SurveyModel
import SurveyStore

/// One designer change, from a posted form to the saved file.
///
/// The form's edits are applied to the version it was built from; the would-be definition is written
/// in the canonical layout and loaded with `Survey.load`; only a definition without errors is saved,
/// and only while the file is still at that version. Nothing is ever half written: a refused edit, an
/// error or a conflict leaves the file as it was.
struct DesignerChange {
    /// What became of the change.
    enum Outcome {
        /// Saved as `version`; `created` is the page, question or choice the edit added, if any.
        case saved(version: String, created: DefinitionPath?)
        /// Not saved: the would-be definition, to show the form again with its problems.
        case rejected(DesignerDocument)
        /// Not saved: someone saved the file since the form was built. `current` is the file now,
        /// `theirChanges` what they changed (empty when the form's version is no longer known).
        case conflict(current: DesignerDocument, theirChanges: [DefinitionChange])
        /// Not saved: the live survey's answers would be dropped or hidden (`consequences`, in words);
        /// the same form posted again with `confirm=1` saves it.
        case needsConfirmation(DesignerDocument, consequences: [String])
    }

    let files: DefinitionFiles
    let ui: UILanguage
    /// The survey's response log, for the live checks; nil for a survey that is not online.
    var log: ResponseLog?

    /// Applies `form` to the definition `id` and saves the result as `author`.
    func perform(id: String, form: URLEncodedForm, author: String) throws(DefinitionFileError) -> Outcome {
        let stored = try files.current(id: id)
        let current = DesignerDocument(bytes: stored.bytes, version: stored.version, ui: ui)
        let designerForm = DesignerForm(form, definition: current.json)
        guard designerForm.baseVersion == stored.version else {
            return .conflict(
                current: current, theirChanges: theirChanges(id: id, since: designerForm.baseVersion, current))
        }
        var definition = current.json
        var created: DefinitionPath?
        for step in designerForm.steps {
            do {
                let outcome = try step.edit.perform(on: definition)
                definition = outcome.definition
                created = outcome.created ?? created
            } catch {
                let refusal = DesignerDocument.Problem(
                    path: step.source, message: error.message(in: ui.diagnosticLanguage), isError: true)
                return .rejected(
                    DesignerDocument(json: definition, baseVersion: stored.version, ui: ui, extraProblems: [refusal]))
            }
        }
        if let action = designerForm.unknownAction {
            let problem = DesignerDocument.Problem(
                path: .root, message: DesignerPhrase.unknownAction(action).text(ui), isError: true)
            return .rejected(
                DesignerDocument(json: definition, baseVersion: stored.version, ui: ui, extraProblems: [problem]))
        }
        return try conclude(
            id: id, current: current, definition: definition, confirmed: designerForm.confirmed, created: created
        ) { () throws(DefinitionFileError) in
            try files.save(id: id, json: definition, expectedVersion: stored.version, author: author)
        }
    }

    /// Replaces the definition `id` with `definition` (an uploaded file), if the file is still at `baseVersion`.
    func replace(id: String, with definition: JSON, baseVersion: String, confirmed: Bool, author: String)
        throws(DefinitionFileError) -> Outcome
    {
        let stored = try files.current(id: id)
        let current = DesignerDocument(bytes: stored.bytes, version: stored.version, ui: ui)
        guard baseVersion == stored.version else {
            return .conflict(current: current, theirChanges: theirChanges(id: id, since: baseVersion, current))
        }
        return try conclude(id: id, current: current, definition: definition, confirmed: confirmed, created: nil) {
            () throws(DefinitionFileError) in
            try files.save(id: id, json: definition, expectedVersion: stored.version, author: author)
        }
    }

    /// Makes the kept `version` of `id` current again, byte for byte, if the file is still at `baseVersion`.
    func restore(id: String, version: String, baseVersion: String, confirmed: Bool, author: String)
        throws(DefinitionFileError) -> Outcome
    {
        let stored = try files.current(id: id)
        let current = DesignerDocument(bytes: stored.bytes, version: stored.version, ui: ui)
        guard baseVersion == stored.version else {
            return .conflict(current: current, theirChanges: theirChanges(id: id, since: baseVersion, current))
        }
        let kept = DesignerDocument(bytes: try files.bytes(of: id, version: version), version: version, ui: ui)
        return try conclude(id: id, current: current, definition: kept.json, confirmed: confirmed, created: nil) {
            () throws(DefinitionFileError) in
            try files.restore(id: id, version: version, expectedVersion: stored.version, author: author)
        }
    }

    /// Loads the would-be `definition`, runs the live checks against `current` and saves it with `write`.
    private func conclude(
        id: String, current: DesignerDocument, definition: JSON, confirmed: Bool, created: DefinitionPath?,
        write: () throws(DefinitionFileError) -> String
    ) throws(DefinitionFileError) -> Outcome {
        let wouldBe = DesignerDocument(json: definition, baseVersion: current.baseVersion, ui: ui)
        guard wouldBe.errors.isEmpty else { return .rejected(wouldBe) }
        if let log, let old = current.survey, let new = wouldBe.survey {
            let check: LiveChangeCheck
            do {
                check = try LiveChangeCheck(
                    old: old, new: new, json: definition, submitted: log.submittedRecords, ui: ui)
            } catch {
                // Without the answers nobody can say what the change would drop: it is not saved.
                let problem = DesignerDocument.Problem(
                    path: .root, message: LiveChangePhrase.answersUnreadable(String(describing: error)).text(ui),
                    isError: true)
                return .rejected(
                    DesignerDocument(
                        json: definition, baseVersion: current.baseVersion, ui: ui, extraProblems: [problem]))
            }
            if !check.refusals.isEmpty {
                return .rejected(
                    DesignerDocument(
                        json: definition, baseVersion: current.baseVersion, ui: ui, extraProblems: check.refusals))
            }
            if !check.consequences.isEmpty && !confirmed {
                return .needsConfirmation(wouldBe, consequences: check.consequences)
            }
        }
        do {
            return .saved(version: try write(), created: created)
        } catch .conflict(let expected, let version, let bytes) {
            // Someone saved between reading and writing: show theirs, as if the form had come later.
            let now = DesignerDocument(bytes: bytes, version: version, ui: ui)
            return .conflict(current: now, theirChanges: theirChanges(id: id, since: expected, now))
        }
    }

    /// What changed from version `base` (kept in the history) to the current file, in the person's words.
    private func theirChanges(id: String, since base: String, _ current: DesignerDocument) -> [DefinitionChange] {
        guard let bytes = try? files.bytes(of: id, version: base),
            let old = Survey.load(bytes: bytes, file: id + ".json").survey,
            let new = current.survey
        else { return [] }
        return DefinitionDiff(old: old, new: new).changes
    }
}
