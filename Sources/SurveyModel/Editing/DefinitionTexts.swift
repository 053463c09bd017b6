import StrictJSON

/// The places of a definition that hold a text people read (a string or a language object), as
/// the format lists them; language edits visit exactly these.
enum DefinitionTexts {
    static func paths(in definition: JSON) -> [DefinitionPath] {
        var paths: [DefinitionPath] = []
        func add(_ value: JSON?, _ path: DefinitionPath, _ keys: [String]) {
            for key in keys where value?[key] != nil { paths.append(path.appending(key)) }
        }
        func addLabels(_ list: JSON?, _ path: DefinitionPath) {
            for (index, element) in (list?.elements ?? []).enumerated() {
                add(element, path.appending(index), ["label"])
            }
        }
        func addScale(_ scale: JSON?, _ path: DefinitionPath) {
            for field in scale?["labels"]?.fields ?? [] { paths.append(path.appending("labels").appending(field.key)) }
        }
        add(definition, .root, ["title", "description", "privacy"])
        for (index, field) in (definition["participantFields"]?.elements ?? []).enumerated() {
            let path = DefinitionPath.root.appending("participantFields").appending(index)
            add(field, path, ["label"])
            addLabels(field["options"], path.appending("options"))
        }
        for (pageIndex, page) in (definition["pages"]?.elements ?? []).enumerated() {
            let pagePath = DefinitionOutline.pages.appending(pageIndex)
            add(page, pagePath, ["title", "description"])
            for (index, question) in (page["questions"]?.elements ?? []).enumerated() {
                let path = pagePath.appending("questions").appending(index)
                add(question, path, ["title", "help", "patternMessage", "unit", "text"])
                addLabels(question["options"], path.appending("options"))
                addLabels(question["rows"], path.appending("rows"))
                add(question["other"], path.appending("other"), ["label"])
                add(question["notApplicable"], path.appending("notApplicable"), ["label"])
                add(question["labels"], path.appending("labels"), ["true", "false"])
                addScale(question["scale"], path.appending("scale"))
                for (rule, value) in (question["validate"]?.elements ?? []).enumerated() {
                    add(value, path.appending("validate").appending(rule), ["message"])
                }
            }
        }
        let report = DefinitionPath.root.appending("report")
        add(definition["report"], report, ["intro"])
        for (index, section) in (definition["report"]?["sections"]?.elements ?? []).enumerated() {
            add(section, report.appending("sections").appending(index), ["title"])
        }
        for kind in DefinitionKeys.mail {
            add(
                definition["mail"]?[kind], DefinitionPath.root.appending("mail").appending(kind),
                DefinitionKeys.mailTemplate)
        }
        return paths
    }
}
