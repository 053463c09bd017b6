import StrictJSON

/// Ratings and matrices: SurveyJS's scales and grids.
extension SurveyJSReader {
    /// `rating` becomes a scale when its values are whole numbers in steps of one, else a single choice.
    mutating func readRating(_ source: QuestionSource) {
        let element = source.element
        let keys: Set<String> = [
            "rateValues", "rateMin", "rateMax", "rateStep", "rateCount", "autoGenerate", "minRateDescription",
            "maxRateDescription", "mininumRateDescription", "maximumRateDescription",
        ]
        let low = texts.text(element["minRateDescription"]) ?? texts.text(element["mininumRateDescription"])
        let high = texts.text(element["maxRateDescription"]) ?? texts.text(element["maximumRateDescription"])
        if let items = element["rateValues"]?.elements, !items.isEmpty, element["autoGenerate"]?.bool != true {
            let numbers = items.map { item in Self.number(item) ?? Self.number(item["value"]) }
            if let first = numbers.first, let from = first, let whole = Self.scalePoint(from), items.count <= 101,
                numbers.enumerated().allSatisfy({ $0.element == from + Double($0.offset) })
            {
                var labels: [Int: JSON] = [:]
                for (offset, item) in items.enumerated() {
                    if let text = texts.text(item["text"]), text != .string(SurveyJSNumber.text(from + Double(offset)))
                    {
                        labels[whole + offset] = text
                    }
                }
                if let low { labels[whole] = labels[whole] ?? low }
                if let high { labels[whole + items.count - 1] = labels[whole + items.count - 1] ?? high }
                finishScale(source, from: whole, to: whole + items.count - 1, labels: labels, keys: keys)
                return
            }
            warn(
                source.place + ".rateValues",
                "Die Bewertung hat eigene Werte und wird eine Einfachauswahl.",
                "the rating has values of its own and becomes a single choice")
            let options = options(items, place: source.place + ".rateValues")
            guard !options.list.isEmpty else {
                skip(source, german: "Keiner ihrer Werte ist lesbar.", english: "none of its values can be read")
                return
            }
            finish(
                source, type: "single", fields: [JSONField(key: "options", value: .array(options.list))],
                kind: .single(options.values), keys: keys)
            return
        }
        let from = Self.number(element["rateMin"]) ?? 1
        let step = Self.number(element["rateStep"]) ?? 1
        let to =
            Self.number(element["rateMax"])
            ?? (Self.number(element["rateCount"]).map { from + ($0 - 1) * step } ?? max(5, from + 4 * step))
        if step == 1, let first = Self.scalePoint(from), let last = Self.scalePoint(to), first < last,
            last - first <= 100
        {
            var labels: [Int: JSON] = [:]
            if let low { labels[first] = low }
            if let high { labels[last] = high }
            finishScale(source, from: first, to: last, labels: labels, keys: keys)
            return
        }
        // Steps other than one, or fractional ends: each point becomes an option, so every answer keeps its value.
        warn(
            source.place,
            "Schrittweite \(SurveyJSNumber.text(step)) von \(SurveyJSNumber.text(from)) bis \(SurveyJSNumber.text(to)): "
                + "Die Bewertung wird eine Einfachauswahl mit diesen Werten.",
            "step \(SurveyJSNumber.text(step)) from \(SurveyJSNumber.text(from)) to \(SurveyJSNumber.text(to)): "
                + "the rating becomes a single choice with these values")
        let count = step > 0 && to >= from ? Int(min((to - from) / step, 100)) + 1 : 1
        let values = (0..<count).map { SurveyJSNumber.text(from + Double($0) * step) }
        let items = (try? JSONDocument(parsing: "[" + values.joined(separator: ",") + "]"))?.root.elements ?? []
        let options = options(items, place: source.place)
        finish(
            source, type: "single", fields: [JSONField(key: "options", value: .array(options.list))],
            kind: .single(options.values), keys: keys)
    }

    private mutating func finishScale(
        _ source: QuestionSource, from: Int, to: Int, labels: [Int: JSON], keys: Set<String>
    ) {
        finish(
            source, type: "scale",
            fields: [JSONField(key: "scale", value: Self.scale(from: from, to: to, labels: labels))], kind: .number,
            keys: keys)
    }

    /// A value as a point of our scale: a whole number of reasonable size, so sums of points cannot overflow.
    private static func scalePoint(_ value: Double) -> Int? {
        abs(value) <= 1_000_000_000 ? Int(exactly: value) : nil
    }

    static func scale(from: Int, to: Int, labels: [Int: JSON]) -> JSON {
        var fields = [
            JSONField(key: "from", value: .number(Double(from))), JSONField(key: "to", value: .number(Double(to))),
        ]
        if !labels.isEmpty {
            fields.append(
                JSONField(
                    key: "labels",
                    value: .object(
                        labels.sorted { $0.key < $1.key }.map { JSONField(key: String($0.key), value: $0.value) })))
        }
        return .object(fields)
    }

    /// `matrix`: rows keep their rows; columns of whole numbers in steps of one become a scale, others options.
    mutating func readMatrix(_ source: QuestionSource) {
        let element = source.element
        if element["cellType"]?.string == "checkbox" {
            skip(
                source, german: "Mehrere Antworten je Zeile (cellType „checkbox“) gibt es nicht.",
                english: "several answers per row (cellType “checkbox”) do not exist here")
            return
        }
        guard let rows = matrixRows(source), let columns = element["columns"]?.elements, !columns.isEmpty else {
            skip(source, german: "Ihr fehlen Zeilen oder Spalten.", english: "it lacks rows or columns")
            return
        }
        var fields = [JSONField(key: "rows", value: .array(rows.list))]
        let cell: SurveyJSQuestionInfo.Cell
        let numbers = columns.map { Self.number($0) ?? Self.number($0["value"]) }
        if let head = numbers.first, let first = head, let whole = Self.scalePoint(first), columns.count <= 101,
            numbers.enumerated().allSatisfy({ $0.element == first + Double($0.offset) })
        {
            var labels: [Int: JSON] = [:]
            for (offset, column) in columns.enumerated() {
                if let text = texts.text(column["text"]) { labels[whole + offset] = text }
            }
            fields.append(
                JSONField(key: "scale", value: Self.scale(from: whole, to: whole + columns.count - 1, labels: labels)))
            cell = .scale
        } else {
            let options = options(columns, place: source.place + ".columns")
            guard !options.list.isEmpty else {
                skip(source, german: "Keine ihrer Spalten hat einen Wert.", english: "none of its columns has a value")
                return
            }
            fields.append(JSONField(key: "options", value: .array(options.list)))
            cell = .options(options.values)
        }
        finish(
            source, type: "matrix", fields: fields, kind: .matrix(rows: rows.values, cell: cell),
            keys: ["rows", "columns", "cellType", "isAllRowRequired", "eachRowRequired"])
        if element["isAllRowRequired"]?.bool == true || element["eachRowRequired"]?.bool == true,
            element["isRequired"]?.bool != true
        {
            warn(
                source.place + ".eachRowRequired",
                "„Jede Zeile Pflicht“ gibt es nur für die ganze Frage; sie bleibt freiwillig.",
                "“each row required” exists only for the whole question; it stays optional")
        }
    }

    /// `matrixdropdown` with a single column of choices is a matrix; anything more has no equivalent.
    mutating func readMatrixDropdown(_ source: QuestionSource) {
        let element = source.element
        let columns = element["columns"]?.elements ?? []
        let column = columns.first
        let cellType = column?["cellType"]?.string ?? element["cellType"]?.string ?? "dropdown"
        let choices = column?["choices"]?.elements ?? element["choices"]?.elements ?? []
        guard columns.count == 1, ["dropdown", "radiogroup"].contains(cellType), !choices.isEmpty,
            let rows = matrixRows(source)
        else {
            skip(
                source,
                german: "Eine Tabelle mit mehreren oder freien Spalten (matrixdropdown) hat keine Entsprechung.",
                english: "a table with several or free columns (matrixdropdown) has no equivalent")
            return
        }
        guard let options = self.choices(choices, of: source) else { return }
        finish(
            source, type: "matrix",
            fields: [
                JSONField(key: "rows", value: .array(rows.list)),
                JSONField(key: "options", value: .array(options.list)),
            ],
            kind: .matrix(rows: rows.values, cell: .options(options.values)),
            keys: ["rows", "columns", "choices", "cellType"])
    }

    /// Matrix rows: values must be identifiers, since expressions read a row as `question.row`.
    private mutating func matrixRows(_ source: QuestionSource) -> Options? {
        guard let items = source.element["rows"]?.elements, !items.isEmpty else { return nil }
        var names = SurveyJSNames()
        var rows = Options()
        for (index, item) in items.enumerated() {
            let value = Self.valueText(item) ?? item["value"].flatMap(Self.valueText) ?? ""
            let ours = names.identifier(for: value, fallback: "zeile")
            if ours != value { rows.renamed.append((value, ours)) }
            rows.values.add(source: value, ours: ours)
            let label = texts.text(item["text"]) ?? .string(value.isEmpty ? "\(index + 1)" : value)
            rows.list.append(
                .object([JSONField(key: "value", value: .string(ours)), JSONField(key: "label", value: label)]))
        }
        if !rows.renamed.isEmpty {
            warn(
                source.place + ".rows", "Zeilennamen angepasst: " + rows.renamedList(german: true) + ".",
                "row names changed to fit: " + rows.renamedList(german: false))
        }
        return rows
    }
}
