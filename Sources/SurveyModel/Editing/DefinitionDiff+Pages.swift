/// Pages and the questions on them: added, removed, moved, and what changed inside each.
extension DefinitionDiff.ChangeCollector {
    /// Where a question stands: its page and its position there (from 1).
    struct Place {
        let page: String
        let position: Int
    }

    mutating func comparePages() {
        let oldPages = Dictionary(
            old.pages.enumerated().map { ($1.id, (index: $0, page: $1)) }, uniquingKeysWith: { first, _ in first })
        let newPageIDs = Set(new.pages.map(\.id))
        let stablePages = DefinitionDiff.stableIDs(old: old.pages.map(\.id), new: new.pages.map(\.id))
        let oldQuestions = Dictionary(
            old.questions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oldPlaces = Self.places(old)
        let newQuestionIDs = Set(new.questions.map(\.id))
        let removed = old.questions.filter { !newQuestionIDs.contains($0.id) }

        for (index, page) in new.pages.enumerated() {
            let subject = DefinitionChange.Subject.page(page.id)
            // Order counts within a page: moving a whole page moves none of its questions.
            let stableQuestions = DefinitionDiff.stableIDs(
                old: oldPages[page.id]?.page.questions.map(\.id) ?? [], new: page.questions.map(\.id))
            if let previous = oldPages[page.id] {
                if !stablePages.contains(page.id) {
                    add(subject, page: page.id, .pageMoved(from: previous.index + 1, to: index + 1))
                }
                text(.title, previous.page.title, page.title, subject, page: page.id)
                text(.description, previous.page.description, page.description, subject, page: page.id)
                setting(
                    .visibleIf, previous.page.visibleIf.map { .expression($0.source) },
                    page.visibleIf.map { .expression($0.source) }, subject, page: page.id)
            } else {
                add(subject, page: page.id, .pageAdded(position: index + 1, title: page.title))
            }
            for (position, question) in page.questions.enumerated() {
                let place = Place(page: page.id, position: position + 1)
                guard let previous = oldQuestions[question.id], let oldPlace = oldPlaces[question.id] else {
                    let formerID = removed.first {
                        $0.kind.typeName == question.kind.typeName && $0.title == question.title
                    }
                    add(
                        .question(question.id), page: page.id,
                        .questionAdded(
                            position: place.position, type: question.kind.typeName, title: question.title,
                            sameTitleAs: formerID?.id))
                    continue
                }
                if oldPlace.page != place.page || !stableQuestions.contains(question.id) {
                    add(
                        .question(question.id), page: page.id,
                        .questionMoved(
                            fromPage: oldPlace.page, fromPosition: oldPlace.position, toPage: place.page,
                            toPosition: place.position))
                }
                compareQuestion(previous, question, page: page.id)
            }
            for question in removed where oldPlaces[question.id]?.page == page.id {
                add(.question(question.id), page: page.id, .questionRemoved(fromPage: page.id, title: question.title))
            }
        }
        for page in old.pages where !newPageIDs.contains(page.id) {
            add(.page(page.id), page: page.id, .pageRemoved(title: page.title))
            for question in page.questions where !newQuestionIDs.contains(question.id) {
                add(.question(question.id), page: page.id, .questionRemoved(fromPage: page.id, title: question.title))
            }
        }
    }

    private static func places(_ survey: Survey) -> [String: Place] {
        var places: [String: Place] = [:]
        for page in survey.pages {
            for (position, question) in page.questions.enumerated() where places[question.id] == nil {
                places[question.id] = Place(page: page.id, position: position + 1)
            }
        }
        return places
    }
}
