import StrictJSON

extension DefinitionEdit {
    /// `definition` after removing `path`, without the mail template or `mail` object it left empty.
    ///
    /// Clearing every field of a letter means "use the built-in letter": an empty
    /// template would not load (its subject and text are required), while no
    /// template is what the built-in letter stands for.
    static func pruningEmptyMail(_ definition: JSON, removed path: DefinitionPath) throws(DefinitionEditError)
        -> JSON
    {
        guard path.components.first == .key("mail") else { return definition }
        var result = definition
        var container = path.parent
        while !container.components.isEmpty, result.value(at: container) == .object([]) {
            result = try result.removing(at: container)
            container = container.parent
        }
        return result
    }
}
