import StrictJSON

extension EvaluationResult {
    /// The evaluation in the documented JSON shape (`docs/evaluation-json.md`).
    ///
    /// Suppressed figures are `null`; members a question type does not have are left out.
    public var json: JSON {
        var fields: [JSONField] = [
            JSONField(key: "survey", value: .string(surveyID)),
            JSONField(key: "title", value: .string(title)),
            JSONField(key: "responses", value: .number(Double(responses))),
            JSONField(key: "filter", value: filter.map(JSON.string) ?? .null),
            JSONField(key: "minGroupSize", value: .number(Double(minGroupSize))),
        ]
        if let breakdown {
            fields.append(
                JSONField(
                    key: "breakdown",
                    value: [
                        "id": .string(breakdown.id), "label": .string(breakdown.label),
                        "groups": .array(
                            breakdown.groups.map { group in
                                [
                                    "value": .string(group.value), "label": .string(group.label),
                                    "responses": JSON.count(group.responses), "suppressed": .bool(group.suppressed),
                                ]
                            }),
                    ]))
        }
        fields.append(
            JSONField(
                key: "questions",
                value: .array(
                    questions.map { entry in
                        var question = entry.total.jsonFields
                        if let breakdown, !entry.groups.isEmpty {
                            let groups = zip(breakdown.groups, entry.groups).map { group, result in
                                JSON.object(
                                    [JSONField(key: "group", value: .string(group.value))] + result.jsonFields)
                            }
                            question.append(JSONField(key: "groups", value: .array(groups)))
                        }
                        return .object(question)
                    })))
        fields.append(JSONField(key: "hasSuppressions", value: .bool(hasSuppressions)))
        return .object(fields)
    }
}

extension QuestionResult {
    /// The members of one question (or one group's or row's view of it).
    var jsonFields: [JSONField] {
        var fields: [JSONField] = [
            JSONField(key: "id", value: .string(id)),
            JSONField(key: "type", value: .string(type)),
            JSONField(key: "title", value: .string(title)),
            JSONField(
                key: "base",
                value: [
                    "submitted": JSON.count(base.submitted), "shown": JSON.count(base.shown),
                    "answered": JSON.count(base.answered),
                ]),
            JSONField(key: "percentBase", value: .string(percentBase.rawValue)),
        ]
        if suppressed { fields.append(JSONField(key: "suppressed", value: true)) }
        if let withheld { fields.append(JSONField(key: "withheld", value: .string(withheld.rawValue))) }
        if !frequencies.isEmpty { fields.append(JSONField(key: "frequencies", value: JSON.frequencies(frequencies))) }
        if let unit { fields.append(JSONField(key: "unit", value: .string(unit))) }
        if let stats { fields.append(JSONField(key: "stats", value: stats.json(withheld: statsWithheld))) }
        if !histogram.isEmpty {
            fields.append(
                JSONField(
                    key: "histogram",
                    value: .array(
                        histogram.map {
                            JSON.object(
                                [
                                    JSONField(key: "from", value: .number($0.from)),
                                    JSONField(key: "to", value: .number($0.to)),
                                ] + JSON.count($0.count, withheld: $0.withheld))
                        }
                    )))
        }
        if !selections.isEmpty { fields.append(JSONField(key: "selections", value: JSON.frequencies(selections))) }
        if !ranking.isEmpty {
            fields.append(
                JSONField(
                    key: "ranking",
                    value: .array(
                        ranking.map { option in
                            var fields: [JSONField] = [
                                JSONField(key: "value", value: .string(option.value)),
                                JSONField(key: "label", value: .string(option.label)),
                            ]
                            fields += JSON.count(
                                option.ranked, withheld: option.rankedWithheld, key: "ranked",
                                reasonKey: "rankedWithheld")
                            fields.append(JSONField(key: "meanRank", value: JSON.figure(option.meanRank)))
                            fields += JSON.count(option.first, withheld: option.withheld, key: "first")
                            fields.append(JSONField(key: "firstPercent", value: JSON.percent(option.firstPercent)))
                            return JSON.object(fields)
                        })))
        }
        if !rows.isEmpty { fields.append(JSONField(key: "rows", value: .array(rows.map { .object($0.jsonFields) }))) }
        if let dateRange {
            fields.append(
                JSONField(key: "range", value: ["from": .string(dateRange.from), "to": .string(dateRange.to)]))
        }
        if !months.isEmpty {
            fields.append(JSONField(key: "dateBins", value: .string(dateBins?.rawValue ?? "month")))
            fields.append(JSONField(key: "months", value: JSON.frequencies(months)))
        }
        if let texts { fields.append(JSONField(key: "texts", value: .array(texts.map(JSON.string)))) }
        return fields
    }
}

extension Summary {
    /// The figures, and why computed ones are null where suppression left them out.
    func json(withheld: Withheld?) -> JSON {
        let figures: [(String, Double?)] = [
            ("mean", mean), ("median", median), ("sd", sd), ("min", min), ("max", max), ("q1", q1), ("q3", q3),
        ]
        return .object(
            [JSONField(key: "n", value: .number(Double(n)))]
                + figures.map { JSONField(key: $0.0, value: JSON.figure($0.1)) }
                + (withheld.map { [JSONField(key: "withheld", value: .string($0.rawValue))] } ?? []))
    }
}

extension JSON {
    /// A count, or null when suppressed.
    static func count(_ value: Int?) -> JSON {
        value.map { .number(Double($0)) } ?? .null
    }

    /// A statistic, or null; full precision so that it can be checked against other tools.
    static func figure(_ value: Double?) -> JSON {
        value.map(JSON.number) ?? .null
    }

    /// A percentage rounded to one decimal, as printed; count and base give more precision.
    static func percent(_ value: Double?) -> JSON {
        value.map { .number(($0 * 10).rounded() / 10) } ?? .null
    }

    /// A count under `key`, and next to it under `reasonKey` why it is withheld when it is null.
    static func count(
        _ value: Int?, withheld: Withheld?, key: String = "count", reasonKey: String = "withheld"
    ) -> [JSONField] {
        [JSONField(key: key, value: count(value))]
            + (value == nil ? withheld.map { [JSONField(key: reasonKey, value: .string($0.rawValue))] } ?? [] : [])
    }

    static func frequencies(_ frequencies: [Frequency]) -> JSON {
        .array(
            frequencies.map {
                .object(
                    [
                        JSONField(key: "value", value: .string($0.value)),
                        JSONField(key: "label", value: .string($0.label)),
                    ]
                        + count($0.count, withheld: $0.withheld)
                        + [JSONField(key: "percent", value: percent($0.percent))])
            })
    }
}
