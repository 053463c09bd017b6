import StrictJSON

/// Validators, and warnings for SurveyJS properties that are neither converted nor merely presentation.
extension SurveyJSReader {
    /// `expression` validators become `validate` rules; the limits of the others were read with their type.
    func validatorRules(_ source: QuestionSource, kind: SurveyJSQuestionInfo.Kind?) -> [PendingCondition] {
        let validators = source.element["validators"]?.elements ?? []
        return validators.enumerated().compactMap { index, validator in
            guard validator["type"]?.string == "expression", let expression = validator["expression"]?.string else {
                return nil
            }
            let message =
                texts.text(validator["text"])
                ?? texts.generated(german: "Die Angabe ist nicht zulässig.", english: "This answer is not accepted.")
            return PendingCondition(
                role: .rule(message: message), source: expression,
                place: source.place + ".validators[\(index)].expression")
        }
    }

    /// Warns about each property the conversion did not read and that changes more than the look.
    mutating func warnUnread(_ source: QuestionSource, keys: Set<String>) {
        for member in source.element.members ?? [] {
            let key = member.key
            if keys.contains(key) || Self.commonKeys.contains(key) || Self.presentationKeys.contains(key) { continue }
            let place = source.place + "." + key
            switch key {
            case "enableIf":
                warn(
                    place, "Bedingung „\(member.value.string ?? "")“ nicht übernommen: Fragen sind immer bearbeitbar.",
                    "condition “\(member.value.string ?? "")” not converted: questions can always be answered")
            case "correctAnswer":
                warn(
                    place, "Richtige Antworten (Quiz) werden nicht ausgewertet.",
                    "correct answers (quiz) are not scored")
            case "validators":
                for (index, validator) in (member.value.elements ?? []).enumerated() {
                    let type = validator["type"]?.string ?? ""
                    if !Self.validatorTypes(for: source.type).contains(type) {
                        warn(
                            "\(place)[\(index)]", "Die Prüfung „\(type)“ wird nicht übernommen.",
                            "the “\(type)” check is not carried over")
                    }
                }
            default:
                warnNotCarried(place, key)
            }
        }
    }

    /// The validator types a question type turns into settings or rules.
    private static func validatorTypes(for type: String) -> Set<String> {
        switch type {
        case "text": ["numeric", "text", "email", "regex", "expression"]
        case "comment": ["text", "regex", "expression"]
        case "checkbox", "tagbox": ["answercount", "expression"]
        default: ["expression"]
        }
    }

    /// Keys every question type reads (see `finish`), plus `visible`, whose `false` skips the question.
    private static let commonKeys: Set<String> = [
        "type", "name", "title", "description", "isRequired", "requiredIf", "visibleIf", "visible",
    ]

    /// Keys that change only how a question looks, which our forms decide for themselves.
    private static let presentationKeys: Set<String> = [
        "titleLocation", "descriptionLocation", "width", "minWidth", "maxWidth", "startWithNewLine", "hideNumber",
        "showNumber", "indent", "placeholder", "placeHolder", "colCount", "renderAs", "displayMode", "rateType",
        "rateDisplayMode", "scaleColorMode", "rateColorMode", "inputSize", "size", "autoGrow", "allowResize",
        "textUpdateMode", "searchEnabled", "allowClear", "showLabel", "imageHeight", "imageWidth", "imageFit",
        "horizontalScroll", "columnMinWidth", "alternateRows", "showHeader", "verticalAlign", "errorLocation", "state",
        "hideIfChoicesEmpty", "separateSpecialChoices", "choicesOrder", "otherPlaceholder", "otherPlaceHolder",
        "commentPlaceholder", "commentPlaceHolder", "requiredErrorText", "otherErrorText", "swapOrder",
        "questionTitleLocation", "autocomplete", "inputTextAlignment", "columnColCount", "showTitle", "innerIndent",
        "rateDescriptionLocation", "displayRateDescriptionsAsExtremeItems", "itemComponent", "textWrapEnabled",
        "closeOnSelect", "hideSelectedItems", "rowsOrder", "rowOrder", "hideIfRowsEmpty", "rowTitleWidth",
        "minErrorText", "maxErrorText", "useDisplayValuesInDynamicTexts", "clearIfInvisible", "rows",
        "maxImageWidth", "maxImageHeight", "minImageWidth", "minImageHeight", "storeOthersAsComment",
        "showOptionsCaption", "optionsCaption", "titleTemplate", "showPreview", "selectToRankEnabled", "longTap",
    ]
}
