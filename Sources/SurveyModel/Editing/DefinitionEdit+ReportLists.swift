import StrictJSON

/// The report settings name questions in plain lists (`exclude`, `include`, `sections`), which
/// follow a question through renaming and deletion, unlike expressions, whose meaning would change.
extension DefinitionEdit {
    /// `definition` with the list entries at `paths` set to `newID`, or removed when it is nil.
    static func rewritingReportEntries(_ paths: [DefinitionPath], to newID: String?, in definition: JSON)
        throws(DefinitionEditError) -> JSON
    {
        var changed = definition
        // Back to front, so that removing an entry keeps the positions of those before it.
        for path in paths.reversed() {
            if let newID {
                changed = try changed.setting(.string(newID), at: path)
            } else {
                changed = try changed.removing(at: path)
            }
        }
        return changed
    }

    /// Refuses when an expression outside `excluded` reads one of `ids`, naming the first such id.
    static func refuseIfExpressionsRead(_ ids: Set<String>, outside excluded: DefinitionPath?, in definition: JSON)
        throws(DefinitionEditError)
    {
        let references = DefinitionReferences(definition)
        for id in ids.sorted() {
            let places = references.expressions(readingAnyOf: [id], outside: excluded)
            if !places.isEmpty { throw .idReferenced(id, places: places) }
        }
    }
}
