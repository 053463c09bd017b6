/// Options of a question or participant field, matched by their stored value.
extension DefinitionDiff.ChangeCollector {
    /// Records options added, removed, relabelled, reordered or made exclusive, and values changed.
    ///
    /// A value that changed while the label at the same position stayed is one change of value,
    /// not a removal and an addition: the designer has to refuse it for options that have answers.
    mutating func compareOptions(
        _ list: DefinitionChange.OptionList, _ before: [Option], _ after: [Option],
        _ subject: DefinitionChange.Subject, page: String?
    ) {
        let oldValues = Set(before.map(\.value))
        let newValues = Set(after.map(\.value))
        // Old value → new value, for options whose value alone changed in place.
        var renamed: [String: String] = [:]
        for index in 0..<min(before.count, after.count) {
            let previous = before[index]
            let option = after[index]
            guard previous.value != option.value, !newValues.contains(previous.value),
                !oldValues.contains(option.value), previous.label == option.label
            else { continue }
            renamed[previous.value] = option.value
            add(
                subject, page: page,
                .optionValueChanged(
                    list, position: index + 1, old: previous.value, new: option.value, label: option.label))
        }
        let keptOrder = before.map { renamed[$0.value] ?? $0.value }.filter(newValues.contains)
        let keptValues = Set(keptOrder)
        let newOrder = after.map(\.value).filter(keptValues.contains)
        if keptOrder != newOrder {
            add(subject, page: page, .optionsReordered(list, old: keptOrder, new: newOrder))
        }
        let previousByValue = Dictionary(
            before.map { (renamed[$0.value] ?? $0.value, $0) }, uniquingKeysWith: { first, _ in first })
        for option in after {
            guard let previous = previousByValue[option.value] else {
                add(subject, page: page, .optionAdded(list, value: option.value, label: option.label))
                continue
            }
            text(.optionLabel(list, option.value), previous.label, option.label, subject, page: page)
            if previous.exclusive != option.exclusive {
                add(
                    subject, page: page,
                    .optionExclusive(value: option.value, old: previous.exclusive, new: option.exclusive))
            }
        }
        for option in before where !newValues.contains(option.value) && renamed[option.value] == nil {
            add(subject, page: page, .optionRemoved(list, value: option.value, label: option.label))
        }
    }
}
