import SurveyModel

extension ExportLayout {
    /// Every variable of the export with its kind and measurement, the fixed columns first: the header that
    /// typed formats (workbooks, SPSS and Parquet files) write.
    public var variables: [ExportVariable] {
        let english = language == "en"
        let fixed = [
            ExportVariable(
                name: "response", label: english ? "Response id" : "Kennung der Antwort", questionID: nil,
                kind: .text, measurement: .nominal),
            ExportVariable(
                name: "participant", label: english ? "Participant id" : "Kennung der Teilnehmenden",
                questionID: nil, kind: .text, measurement: .nominal),
            ExportVariable(
                name: "submitted",
                label: english ? "Time of submission (UTC)" : "Zeitpunkt der Einreichung (UTC)", questionID: nil,
                kind: .timestamp, measurement: .scale),
        ]
        return fixed + columns.map(variable)
    }

    /// The variable of one answer column.
    func variable(_ column: ExportColumn) -> ExportVariable {
        let (kind, measurement, scale) = Self.shape(column, of: survey.question(column.questionID)?.kind)
        let notApplicableCode = scale.flatMap { $0.notApplicable == nil ? nil : Double(min(-1, $0.from - 1)) }
        let labels = column.valueLabels.map { category in
            let value: ExportValue =
                switch kind {
                case .number:
                    category.value == Answer.notApplicableValue
                        ? .number(notApplicableCode ?? -1) : .number(Double(category.value) ?? 0)
                default: .text(category.value)
                }
            return ExportValueLabel(value: value, label: category.label)
        }
        return ExportVariable(
            name: column.name, label: column.label, questionID: column.questionID, kind: kind,
            measurement: measurement, valueLabels: labels, notApplicableCode: notApplicableCode)
    }

    /// What a column of a question of `kind` holds, and the scale behind it if any.
    private static func shape(
        _ column: ExportColumn, of kind: QuestionKind?
    ) -> (ExportVariable.Kind, ExportVariable.Measurement, ScaleSettings?) {
        switch (column.content, kind) {
        case (.otherText, _): (.text, .nominal, nil)
        case (.option, _): (.number, .nominal, nil)
        case (.rank, _): (.code, .nominal, nil)
        case (.matrixRow, .matrix(let settings)?):
            switch settings.cells {
            case .scale(let scale): (.number, .ordinal, scale)
            case .options: (.code, .nominal, nil)
            }
        case (.answer, .single?): (.code, .nominal, nil)
        case (.answer, .boolean?): (.number, .nominal, nil)
        case (.answer, .scale(let scale)?): (.number, .ordinal, scale)
        case (.answer, .number?): (.number, .scale, nil)
        case (.answer, .date?): (.date, .scale, nil)
        default: (.text, .nominal, nil)
        }
    }
}
