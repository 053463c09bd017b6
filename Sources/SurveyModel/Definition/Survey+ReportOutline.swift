extension Survey {
    /// Whether `question` appears in reports; see ``ReportSettings/includes(_:)``.
    public func isInReport(_ question: Question) -> Bool {
        reportSettings.includes(question)
    }

    /// The questions of the report, grouped and ordered as the report shows them.
    ///
    /// Without `report.sections`, one untitled section holds every reported
    /// question in form order. With sections, the questions no section lists
    /// follow in form order in a last section whose title is nil (the report
    /// calls it "Further questions"), so nothing is lost by forgetting a question.
    public var reportOutline: [ReportSection] {
        let reported = questions.filter(isInReport).map(\.id)
        guard !reportSettings.sections.isEmpty else {
            return reported.isEmpty ? [] : [ReportSection(title: nil, questions: reported)]
        }
        let reportedSet = Set(reported)
        var listed = Set<String>()
        var outline: [ReportSection] = []
        for section in reportSettings.sections {
            let questions = section.questions.filter { reportedSet.contains($0) && listed.insert($0).inserted }
            if !questions.isEmpty { outline.append(ReportSection(title: section.title, questions: questions)) }
        }
        let rest = reported.filter { !listed.contains($0) }
        if !rest.isEmpty { outline.append(ReportSection(title: nil, questions: rest)) }
        return outline
    }
}
