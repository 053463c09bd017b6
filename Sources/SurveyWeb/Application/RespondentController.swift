import Foundation
import HTTPServer
import StrictJSON
import SurveyModel
import SurveyStore

/// The participant's side: welcome, pages with drafts, review, submit and confirmation.
struct RespondentController: Sendable {
    let services: WebServices
    /// The form pages' markup that is the same for every respondent, per definition version.
    let templates = FormTemplates()
    /// Responses' parsed answers and plans, per stored revision, for the pages shown again and again.
    let states = RespondentStates()

    /// The largest form body a page may post; text answers are limited far below this.
    static let bodyLimit = 256 * 1024

    func register(on router: inout some RouteRegistering) {
        let grants = GrantCheck(services: services)
        router.group(middleware: [grants]) { respondent in
            respondent.group(metadata: GrantCheck.createsGrant) { welcome in
                welcome.get("/s/:survey") { request in Interruption.answer { try self.welcome(request) } }
            }
            respondent.get("/s/:survey/p/:page") { request in Interruption.answer { try showPage(request) } }
            respondent.post("/s/:survey/p/:page", bodyLimit: Self.bodyLimit) { request, responder in
                Interruption.answer(responder) { try postPage(request, responder) }
            }
            respondent.get("/s/:survey/review") { request in Interruption.answer { try review(request) } }
            respondent.post("/s/:survey/submit", bodyLimit: Self.bodyLimit) { request, responder in
                Interruption.answer(responder) { try submit(request, responder) }
            }
            respondent.get("/s/:survey/done") { request in Interruption.answer { try done(request) } }
            respondent.post("/s/:survey/p/:page/visibility", bodyLimit: Self.bodyLimit) { request in
                Interruption.answer { try visibility(request) }
            }
        }
        // A grant is needed here only when the questionnaire is not public, and its lack has a page of its own.
        router.get("/s/:survey/print") { request in Interruption.answer { try printable(request, grants: grants) } }
    }

    // MARK: Entering

    /// The visit ``GrantCheck`` found for the request; every route that reads it is behind that middleware.
    private func visit(_ request: HTTPRequest) throws(Interruption) -> Visit {
        guard let visit = request.visit else {
            throw .respond(HTTPResponse.text("Internal Server Error\n", status: .internalServerError))
        }
        return visit
    }

    /// The page for a survey that does not accept answers now, or nil when it does.
    private func scheduleBlock(_ visit: Visit, preserving values: FormValues? = nil) -> HTTPResponse? {
        let ui = visit.context.ui
        let timeZone = visit.survey.timeZone
        let siteTitle = visit.context.text(visit.survey.title)
        switch visit.entry.schedule(at: services.now()) {
        case .open:
            return nil
        case .notYetOpen(let opens):
            let when = ReceiptFormat.time(opens, timeZone: timeZone, ui: ui)
            return visit.finish(
                services.message(
                    .notYetOpenTitle, [Phrase.opensAt(when).text(ui)], ui: ui, siteTitle: siteTitle, status: .forbidden)
            )
        case .closed(let closes):
            let when = ReceiptFormat.time(closes, timeZone: timeZone, ui: ui)
            var page = MessagePage(
                language: visit.language, ui: ui, siteTitle: siteTitle, heading: Phrase.closedTitle.text(ui),
                paragraphs: [Phrase.closedAt(when).text(ui)])
            if let values {
                page.paragraphs.append(Phrase.closedOnSubmit.text(ui))
                let content = PagePlan(values: values, visit: visit, today: visit.survey.today(at: services.now()))
                    .visibleContent
                page.preserved = content.flatMap { page, questions in
                    questions.compactMap { question -> String? in
                        guard let answer = AnswerDisplay.text(of: question, in: values, context: visit.context) else {
                            return nil
                        }
                        return "\(question.title.map(visit.context.text) ?? question.id)\n\(answer)\n"
                    }
                }.joined(separator: "\n")
            }
            return visit.finish(services.page(page.render(), status: values == nil ? .forbidden : .conflict))
        }
    }

    // MARK: Pages

    private func welcome(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let visit = try self.visit(request)
        if let blocked = scheduleBlock(visit) { return blocked }
        let snapshot = try snapshot(visit)
        let plan = PagePlan(values: snapshot.values, visit: visit, today: visit.survey.today(at: services.now()))
        // With every page hidden there is nothing to fill in, and the review is where to go.
        let start = snapshot.hasDraft ? plan.resumePage(lastSaved: snapshot.lastSavedPage) : plan.visiblePages.first
        let startURL = start.map { "\(visit.base)/p/\($0.id)" } ?? "\(visit.base)/review"
        let submittedAt = snapshot.submitted.map { receiptTime($0, visit) }
        let page = WelcomePage(
            context: visit.context, layoutLinks: visit.languageLinks, startURL: startURL,
            hasDraft: snapshot.hasDraft, submittedAt: submittedAt, printURL: "\(visit.base)/print")
        return visit.finish(services.page(page.render()))
    }

    private func showPage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let visit = try self.visit(request)
        if let blocked = scheduleBlock(visit) { return blocked }
        guard let page = visit.survey.pages.first(where: { $0.id == request.parameters["page"] }) else {
            return notFound(visit)
        }
        let state = try readingStore(visit) { () throws(StoreError) in
            try states.state(of: visit, today: visit.survey.today(at: services.now()))
        }
        let plan = state.plan
        guard plan.visibility.isVisible(page: page.id) else {
            return visit.finish(
                services.redirect(plan.page(after: page).map { "\(visit.base)/p/\($0.id)" } ?? "\(visit.base)/review"))
        }
        let saved = (try? request.queryItems())?["saved"] == "1"
        return visit.finish(
            render(
                page, visit: visit, plan: plan, values: state.values, errors: [:],
                notice: saved
                    ? visit.context.phrase(visit.survey.access == .public ? .savedNoticeInThisBrowser : .savedNotice)
                    : nil))
    }

    /// Renders a page of the form with fresh control fields.
    private func render(
        _ page: Page, visit: Visit, plan: PagePlan, values: FormValues, errors: [String: [String]], notice: String?,
        status: HTTPStatus = .ok
    ) -> HTTPResponse {
        let visible = plan.visiblePages
        let position = (visible.firstIndex { $0.id == page.id } ?? 0) + 1
        let form = FormPage(
            context: visit.context, page: page, position: position,
            pageCount: plan.certainPageCount(at: page).map { max($0, position) },
            values: values,
            errors: errors, presence: plan.presence(on: page), hidden: visit.hiddenFields(),
            action: "\(visit.base)/p/\(page.id)", visibilityURL: "\(visit.base)/p/\(page.id)/visibility",
            notice: notice,
            layoutLinks: visit.languageLinks, isLast: plan.page(after: page) == nil)
        let cache = templates.definition(surveyID: visit.survey.id, version: visit.entry.version)
        return services.page(form.render(cache: cache), status: status)
    }

    /// The response of `visit` as stored, or the page asking to try again when its answers cannot be read.
    private func snapshot(_ visit: Visit) throws(Interruption) -> ResponseSnapshot {
        try readingStore(visit) { () throws(StoreError) in try ResponseSnapshot(visit) }
    }

    /// Runs `read`; a store that cannot be read answers 503 with the page asking to try again later.
    private func readingStore<T>(_ visit: Visit, _ read: () throws(StoreError) -> T) throws(Interruption) -> T {
        do {
            return try read()
        } catch {
            throw .respond(
                visit.finish(
                    services.message(
                        .errorTitle, [Phrase.storageUnreadable.text(visit.context.ui)], ui: visit.context.ui,
                        siteTitle: visit.context.text(visit.survey.title), status: .serviceUnavailable)))
        }
    }

    private func notFound(_ visit: Visit) -> HTTPResponse {
        visit.finish(
            services.message(.notFoundTitle, [visit.context.phrase(.notFound)], ui: visit.context.ui, status: .notFound)
        )
    }

    /// The posted form after the anti-forgery check, or the page to answer instead.
    private func checkedForm(_ request: HTTPRequest, _ visit: Visit) throws(Interruption) -> URLEncodedForm {
        guard let form = try? request.formFields(),
            visit.acceptsCSRF(form["_csrf"])
        else {
            let ui = visit.context.ui
            throw .respond(
                visit.finish(
                    services.message(
                        .formExpiredTitle, [Phrase.sessionExpired.text(ui)], ui: ui,
                        siteTitle: visit.context.text(visit.survey.title),
                        status: .forbidden, link: (href: visit.base, text: visit.context.text(visit.survey.title)))))
        }
        return form
    }

    /// The store key for a posted form; a malformed or missing key gets a fresh one (no deduplication).
    private func idempotencyKey(_ form: URLEncodedForm, _ visit: Visit) -> String {
        let formKey =
            form["_form"].flatMap { $0.utf8.count <= 64 && !$0.isEmpty ? $0 : nil } ?? WebServices.newFormKey()
        return services.idempotencyKey(responseID: visit.grant.responseID, formKey: formKey)
    }

    private func postPage(_ request: HTTPRequest, _ responder: Responder) throws(Interruption) {
        let visit = try self.visit(request)
        let form = try checkedForm(request, visit)
        guard let page = visit.survey.pages.first(where: { $0.id == request.parameters["page"] }) else {
            return responder.respond(notFound(visit))
        }
        let posted = FormValues(form: form, questions: page.questions)
        var stored = try snapshot(visit).values
        var values = stored
        values.merge(posted, for: page.questions)
        if let blocked = scheduleBlock(visit, preserving: values) { return responder.respond(blocked) }
        let plan = PagePlan(values: values, visit: visit, today: visit.survey.today(at: services.now()))
        let action = form["_action"] ?? "next"
        // Input beyond a question's limits is shown back with its error but not
        // stored; the draft keeps the question's last good input instead.
        let refused = posted.draftProblems(for: page.questions, language: visit.language)
        stored.merge(posted, for: page.questions.filter { refused[$0.id] == nil })
        let errors = postErrors(validating: action == "next", page: page, plan: plan, refused: refused, visit: visit)
        let draftAnswers = stored.draftJSON(for: visit.survey, language: visit.language)
        let draft = AppendRequest(
            .draft(page: page.id, answers: draftAnswers), responseID: visit.grant.responseID,
            definitionVersion: visit.entry.version, participantID: storedParticipant(visit),
            idempotencyKey: idempotencyKey(form, visit), timeResolution: visit.survey.storedTimeResolution)
        let typed = values
        // Below the disk reserve nothing is written; the form comes back with what was typed.
        if services.refusesWrites {
            let response = render(
                page, visit: visit, plan: plan, values: typed, errors: errors,
                notice: DiskPhrase.draftWaits.text(visit.context.ui), status: .serviceUnavailable)
            return responder.respond(visit.finish(services.waitingForDisk(response)))
        }
        // Public respondents' drafts count against their client's share; what the store then does
        // not write (a repeated form, a refusal) is given back.
        let charge = visit.grant.participantID == nil ? draftAnswers.serialized().utf8.count : nil
        let refund: @Sendable () -> Void = { [services] in
            guard let charge else { return }
            services.anonymousDrafts.giveBack(
                charge, surveyID: visit.survey.id, client: request.clientKey, at: services.now())
        }
        if let charge,
            !services.anonymousDrafts.take(
                charge, surveyID: visit.survey.id, client: request.clientKey, at: services.now())
        {
            var response = render(
                page, visit: visit, plan: plan, values: typed, errors: errors,
                notice: visit.context.phrase(.draftsPausedForClient), status: .tooManyRequests)
            response.headers.set("Retry-After", String(secondsToMidnightUTC()))
            return responder.respond(visit.finish(response))
        }
        visit.entry.log.append(draft) { result in
            switch result {
            case .failure(let error):
                refund()
                let (notice, status): (Phrase, HTTPStatus) =
                    switch error {
                    case .draftBudgetExhausted: (.draftsPausedForToday, .serviceUnavailable)
                    case .draftTooLarge: (.draftTooLarge, .contentTooLarge)
                    default: (.storageFailed, .serviceUnavailable)
                    }
                var response = render(
                    page, visit: visit, plan: plan, values: typed, errors: errors,
                    notice: visit.context.phrase(notice), status: status)
                if case .draftBudgetExhausted = error {
                    response.headers.set("Retry-After", String(secondsToMidnightUTC()))
                }
                responder.respond(visit.finish(response))
            case .success(let appended):
                if appended.replayed { refund() }
                if !errors.isEmpty {
                    responder.respond(
                        visit.finish(
                            render(
                                page, visit: visit, plan: plan, values: typed, errors: errors, notice: nil,
                                status: .unprocessableContent)))
                    return
                }
                let target: String
                switch action {
                case "save": target = "\(visit.base)/p/\(page.id)?saved=1"
                case "back": target = plan.page(before: page).map { "\(visit.base)/p/\($0.id)" } ?? visit.base
                default: target = plan.page(after: page).map { "\(visit.base)/p/\($0.id)" } ?? "\(visit.base)/review"
                }
                responder.respond(visit.finish(services.redirect(target)))
            }
        }
    }

    /// Seconds until the daily draft budget starts afresh, at least one.
    private func secondsToMidnightUTC() -> Int {
        let seconds = Int(services.now().timeIntervalSince1970.rounded(.down))
        return 86_400 - seconds % 86_400
    }

    /// The errors a posted page shows: on "next" its validation, and on every
    /// action the input the draft refused.
    private func postErrors(
        validating: Bool, page: Page, plan: PagePlan, refused: [String: AnswerError], visit: Visit
    ) -> [String: [String]] {
        var errors = validating ? plan.errors(pages: [page.id], language: visit.language) : [:]
        for (id, problem) in refused where errors[id] == nil && plan.visibility.isVisible(question: id) {
            errors[id] = [problem.message(in: visit.language)]
        }
        return errors
    }

    /// The participant id stored with records; anonymous surveys keep none.
    private func storedParticipant(_ visit: Visit) -> String? {
        visit.survey.anonymous ? nil : visit.grant.participantID
    }

    // MARK: Review and submit

    private func review(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let visit = try self.visit(request)
        if let blocked = scheduleBlock(visit) { return blocked }
        let snapshot = try snapshot(visit)
        let plan = PagePlan(values: snapshot.values, visit: visit, today: visit.survey.today(at: services.now()))
        let page = ReviewPage(
            context: visit.context, pages: plan.visibleContent, values: snapshot.values,
            hidden: visit.hiddenFields(), pageURL: { "\(visit.base)/p/\($0.id)" },
            submitURL: "\(visit.base)/submit", layoutLinks: visit.languageLinks)
        return visit.finish(services.page(page.render()))
    }

    private func submit(_ request: HTTPRequest, _ responder: Responder) throws(Interruption) {
        let visit = try self.visit(request)
        let form = try checkedForm(request, visit)
        let values = try snapshot(visit).values
        if let blocked = scheduleBlock(visit, preserving: values) { return responder.respond(blocked) }
        let plan = PagePlan(values: values, visit: visit, today: visit.survey.today(at: services.now()))
        let errors = plan.errors(pages: nil, language: visit.language)
        if let first = plan.visiblePages.first(where: { page in page.questions.contains { errors[$0.id] != nil } }) {
            let pageErrors = errors.filter { id, _ in first.questions.contains { $0.id == id } }
            return responder.respond(
                visit.finish(
                    render(
                        first, visit: visit, plan: plan, values: values, errors: pageErrors, notice: nil,
                        status: .unprocessableContent)))
        }
        if services.refusesWrites {
            let ui = visit.context.ui
            return responder.respond(
                visit.finish(
                    services.submissionWaitsForDisk(
                        ui: ui, siteTitle: visit.context.text(visit.survey.title),
                        link: (href: "\(visit.base)/review", text: Phrase.reviewTitle.text(ui)))))
        }
        let submission = AppendRequest(
            .submit(answers: plan.submittedAnswers.json(in: visit.survey)), responseID: visit.grant.responseID,
            definitionVersion: visit.entry.version, participantID: storedParticipant(visit),
            idempotencyKey: idempotencyKey(form, visit), timeResolution: visit.survey.storedTimeResolution)
        visit.entry.log.append(submission) { result in
            switch result {
            case .success:
                responder.respond(visit.finish(services.redirect("\(visit.base)/done")))
            case .failure:
                let ui = visit.context.ui
                responder.respond(
                    visit.finish(
                        services.message(
                            .errorTitle, [Phrase.storageFailed.text(ui)], ui: ui,
                            siteTitle: visit.context.text(visit.survey.title),
                            status: .serviceUnavailable,
                            link: (href: "\(visit.base)/review", text: Phrase.reviewTitle.text(ui)))))
            }
        }
    }

    private func done(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let visit = try self.visit(request)
        let snapshot = try snapshot(visit)
        guard let submitted = snapshot.submitted,
            let json = try? visit.entry.log.submittedAnswers(of: submitted.responseID),
            let answers = try? Answers(json: json, in: visit.survey)
        else { return visit.finish(services.redirect(visit.base)) }
        let values = FormValues(answers: answers, survey: visit.survey, language: visit.language)
        let plan = PagePlan(values: values, visit: visit, today: visit.survey.today(at: services.now()))
        let isOpen = visit.entry.schedule(at: services.now()) == .open
        let page = ConfirmationPage(
            context: visit.context,
            time: receiptTime(submitted, visit),
            responseNumber: ReceiptFormat.responseNumber(submitted.responseID), pages: plan.visibleContent,
            values: values,
            changeURL: isOpen ? visit.base : nil, layoutLinks: visit.languageLinks)
        return visit.finish(services.page(page.render()))
    }

    /// When a record was stored, as the respondent reads it: the day alone where the store kept only the hour.
    private func receiptTime(_ record: ResponseRecord, _ visit: Visit) -> String {
        let date = ReceiptFormat.date(record.time)
        let timeZone = visit.survey.timeZone
        let ui = visit.context.ui
        return visit.survey.keepsRespondentsAnonymous
            ? ReceiptFormat.date(date, timeZone: timeZone, ui: ui)
            : ReceiptFormat.time(date, timeZone: timeZone, ui: ui)
    }

    /// The blank questionnaire: for anyone if the definition makes it public, else for participants with a grant.
    private func printable(_ request: HTTPRequest, grants: GrantCheck) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        guard let id = request.parameters["survey"], let entry = services.catalog.entry(id) else {
            return services.message(.notFoundTitle, [Phrase.notFound.text(ui)], ui: ui, status: .notFound)
        }
        if !entry.survey.publicQuestionnaire {
            do {
                _ = try grants.visit(request)
            } catch {
                return services.message(
                    .questionnaireForParticipantsTitle, [Phrase.questionnaireForParticipants.text(ui)], ui: ui,
                    siteTitle: entry.survey.title.text(in: ui.rawValue), status: .forbidden,
                    link: (href: "/t", text: Phrase.codeEntryTitle.text(ui)))
            }
        }
        let context = RenderContext(
            survey: entry.survey, language: LanguageChoice.language(request, survey: entry.survey))
        let links = entry.survey.languages.map {
            PageLayout.LanguageLink(code: $0, name: PageLayout.nativeName(of: $0), href: "\(request.path)?lang=\($0)")
        }
        return services.page(BlankQuestionnaire(context: context, layoutLinks: links).render())
    }

    /// Which questions are visible for the answers in the posted form, as JSON, for the live script.
    private func visibility(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let visit = try self.visit(request)
        guard let form = try? request.formFields(), visit.acceptsCSRF(form["_csrf"])
        else {
            throw .respond(
                services.message(
                    .formExpiredTitle, [visit.context.phrase(.sessionExpired)], ui: visit.context.ui, status: .forbidden
                ))
        }
        guard let page = visit.survey.pages.first(where: { $0.id == request.parameters["page"] }) else {
            return notFound(visit)
        }
        // Unticked checkboxes post nothing, so every question of the page is replaced, not only those posted.
        var values = try snapshot(visit).values
        values.merge(FormValues(form: form, questions: page.questions), for: page.questions)
        let plan = PagePlan(values: values, visit: visit, today: visit.survey.today(at: services.now()))
        let visible = visit.survey.questions.filter { plan.visibility.isVisible(question: $0.id) }.map {
            JSON.string($0.id)
        }
        var response = HTTPResponse(
            status: .ok, headers: ["Content-Type": "application/json"],
            body: Array(JSON.object([JSONField(key: "visible", value: .array(visible))]).serialized().utf8))
        SecurityHeaders.apply(to: &response)
        return response
    }
}
