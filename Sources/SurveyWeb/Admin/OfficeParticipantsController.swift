import CSVCodec
import CryptoPrimitives
import HTTPServer
import SurveyMail
import SurveyModel
import SurveyStore

/// The office's participants page: invite from a CSV file or one at a time, issue new
/// codes, see status and response rates. A personal link exists only in the answer
/// to the request that issued it; the store keeps the token's hash alone.
struct OfficeParticipantsController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("/s/:survey/participants") { request in Interruption.answer { try participantsPage(request) } }
            staff.post("/s/:survey/participants/upload", bodyLimit: Self.participantsUploadBodyLimit) { request in
                Interruption.answer { try uploadParticipants(request) }
            }
            staff.post("/s/:survey/participants/add", bodyLimit: 16 * 1024) { request in
                Interruption.answer { try addParticipant(request) }
            }
            staff.post("/s/:survey/participants/p/:participant/reissue", bodyLimit: 4096) { request in
                Interruption.answer { try reissueParticipant(request) }
            }
            staff.post("/s/:survey/participants/invitations.csv", bodyLimit: 1 << 20) { request in
                Interruption.answer { try invitationsCSV(request) }
            }
            staff.get("/s/:survey/pending.csv") { request in Interruption.answer { try pendingCSV(request) } }
        }
    }

    /// The largest CSV file the upload accepts; the route takes a little more, so a
    /// larger file gets this page's message rather than the server's refusal.
    static let participantsFileLimit = 1 << 20
    static let participantsUploadBodyLimit = 2 << 20

    func participantsPage(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        return participantsResponse(request, entry: entry, outcome: .init())
    }

    /// Checks a whole CSV file as `survey participants import` does; nobody is invited unless all of it is valid.
    func uploadParticipants(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        guard let form = try? request.multipartForm() else { throw formExpired(ui) }
        var outcome = OfficeParticipantsPage.Outcome()
        guard let file = form.part("file"), !file.body.isEmpty else {
            outcome.uploadErrors = [ParticipantsPhrase.noFile.text(ui)]
            return participantsResponse(request, entry: entry, outcome: outcome)
        }
        guard file.body.count <= Self.participantsFileLimit else {
            outcome.uploadErrors = [ParticipantsPhrase.fileTooLarge.text(ui)]
            return participantsResponse(request, entry: entry, outcome: outcome)
        }
        let mode: ParticipantImport.Mode =
            switch form["existing"] {
            case "skip": .addNew
            case "update": .addNewAndUpdate
            default: .registerNew
            }
        let registry = entry.participants
        do {
            let existing = Set(try registry.all().map(\.id))
            let checked = try ParticipantImport.read(
                file.body, fields: entry.survey.participantFields.map(ParticipantFieldRule.init),
                existingIDs: existing, mode: mode)
            let invitations = try registry.register(checked.new)
            if mode == .addNewAndUpdate { try registry.update(checked.existing) }
            _ = services.refreshInvitees()
            audit(.participantsUploaded, request, object: entry.survey.id)
            outcome.issued = invitations.map { issued($0, request) }
            outcome.notices.append(ParticipantsPhrase.imported(invitations.count).text(ui))
            if mode == .addNew, !checked.existing.isEmpty {
                outcome.notices.append(
                    ParticipantsPhrase.skipped(
                        checked.existing.count, checked.existing.map(\.id).joined(separator: ", ")
                    ).text(ui))
            }
            if mode == .addNewAndUpdate, !checked.existing.isEmpty {
                outcome.notices.append(ParticipantsPhrase.updated(checked.existing.count).text(ui))
            }
        } catch let errors as ParticipantImportErrors {
            outcome.uploadErrors = errors.errors.map { $0.message(in: ui.rawValue) }
        } catch {
            outcome.uploadErrors = [ParticipantsPhrase.storeFailed.text(ui)]
        }
        return participantsResponse(request, entry: entry, outcome: outcome)
    }

    /// Invites one participant from the form, with the import's checks and messages.
    func addParticipant(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let names = ["id", "label", "email"] + survey.participantFields.map(\.id)
        let values = names.map { form[$0] ?? "" }
        var outcome = OfficeParticipantsPage.Outcome()
        do {
            let registry = entry.participants
            let checked = try ParticipantImport.check(
                header: names, rows: [CSVTable.Row(row: 2, line: 2, fields: values)],
                fields: survey.participantFields.map(ParticipantFieldRule.init),
                existingIDs: Set(try registry.all().map(\.id)), mode: .registerNew)
            let invitations = try registry.register(checked.new)
            _ = services.refreshInvitees()
            for invitation in invitations {
                audit(.participantAdded, request, object: survey.id + "/" + invitation.participant.id)
            }
            outcome.issued = invitations.map { issued($0, request) }
            outcome.notices.append(ParticipantsPhrase.imported(invitations.count).text(ui))
        } catch let errors as ParticipantImportErrors {
            let labels =
                [
                    ParticipantsPhrase.id.text(ui), ParticipantsPhrase.name.text(ui), ParticipantsPhrase.email.text(ui),
                ] + survey.participantFields.map { $0.label.text(in: ui.rawValue) }
            outcome.addErrors = errors.errors.map { error in
                let index = (error.position?.column ?? 1) - 1
                let known = labels.indices.contains(index)
                return OfficeParticipantsPage.FieldError(
                    input: OfficeParticipantsPage.inputID(known ? names[index] : "id"),
                    message: (known ? labels[index] + ": " : "") + error.problem(in: ui.rawValue))
            }
            outcome.addValues = Dictionary(zip(names, values), uniquingKeysWith: { first, _ in first })
        } catch {
            outcome.addErrors = [
                OfficeParticipantsPage.FieldError(
                    input: OfficeParticipantsPage.inputID("id"), message: ParticipantsPhrase.storeFailed.text(ui))
            ]
        }
        return participantsResponse(request, entry: entry, outcome: outcome)
    }

    /// A new code for one participant; the old link stops working at once.
    func reissueParticipant(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        _ = try checkedForm(request)
        let ui = LanguageChoice.ui(request)
        let invitation: ParticipantRegistry.Invitation
        do {
            invitation = try entry.participants.reissue(id: request.parameters["participant"] ?? "")
        } catch {
            let unknown = if case .unknownParticipant = error { true } else { false }
            return services.message(
                unknown ? .notFoundTitle : .errorTitle,
                [(unknown ? ParticipantsPhrase.unknownParticipant : .storeFailed).text(ui)], ui: ui,
                status: unknown ? .notFound : .internalServerError,
                link: (href: "/admin/s/\(entry.survey.id)/participants", text: ParticipantsPhrase.title.text(ui)))
        }
        _ = services.refreshInvitees()
        audit(.codeReissued, request, object: entry.survey.id + "/" + invitation.participant.id)
        var outcome = OfficeParticipantsPage.Outcome()
        outcome.issued = [issued(invitation, request)]
        outcome.notices = [ParticipantsPhrase.reissued(invitation.participant.label).text(ui)]
        return participantsResponse(request, entry: entry, outcome: outcome)
    }

    /// The invitations just shown, as a CSV file for Excel; only tokens that are still current count.
    func invitationsCSV(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let form = try checkedForm(request)
        let tokens = (form["tokens"] ?? "").split(separator: " ").prefix(100_000).compactMap {
            AccessToken(typed: String($0))
        }
        let invitations = tokens.compactMap { token in
            (try? entry.participants.participant(forToken: token))?.map {
                ParticipantRegistry.Invitation(participant: $0, token: token)
            }
        }
        audit(.download, request, object: entry.survey.id + "/invitations.csv")
        let body = InvitationList.csv(
            invitations, link: { personalLink($0, request) }, writer: CSVWriter.excel)
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": "attachment; filename=\"\(entry.survey.id)-invitations.csv\"",
            ],
            body: body)
    }

    /// The invited participants who have not submitted, as a CSV file for reminders.
    func pendingCSV(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        audit(.download, request, object: entry.survey.id + "/pending.csv")
        let ui = LanguageChoice.ui(request)
        let view = entry.log.view
        var rows: [[CSVCell]] = []
        for invitee in services.invitees.invitees(of: entry.survey.id) {
            let status = ResponseProgress(
                responseID: services.responseID(surveyID: entry.survey.id, participantID: invitee.id), view: view)
            guard !status.isSubmitted else { continue }
            rows.append([invitee.id, invitee.label, invitee.email ?? "", status.text(ui)].map(CSVCell.text))
        }
        return HTTPResponse(
            status: .ok,
            headers: [
                "Content-Type": "text/csv; charset=utf-8",
                "Content-Disposition": "attachment; filename=\"\(entry.survey.id)-pending.csv\"",
            ],
            body: CSVWriter.excel.write(header: ["id", "label", "email", "status"], rows: rows))
    }

    // MARK: Page

    private func participantsResponse(
        _ request: HTTPRequest, entry: SurveyEntry, outcome: OfficeParticipantsPage.Outcome
    ) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let view = entry.log.view
        let history = try? MailHistory(folder: entry.log.folder)
        var outcome = outcome
        if history == nil { outcome.notices.append(MailPhrase.logUnreadable.text(ui)) }
        let rows = services.invitees.invitees(of: survey.id).map { invitee in
            ParticipantRow(
                invitee: invitee,
                progress: ResponseProgress(
                    responseID: services.responseID(surveyID: survey.id, participantID: invitee.id), view: view),
                fieldLabels: Dictionary(
                    survey.participantFields.compactMap { field in
                        invitee.fields[field.id].map { value in
                            (field.id, field.option(value)?.label.text(in: ui.rawValue) ?? value)
                        }
                    }, uniquingKeysWith: { first, _ in first }),
                invited: history?.lastInvited(invitee.id), reminded: history?.lastReminded(invitee.id))
        }
        let page = OfficeParticipantsPage(
            survey: survey, ui: ui, csrf: csrf(request), rows: rows,
            participation: ResponseCounts(entry: entry, invitees: services.invitees, language: ui).participation,
            sort: ParticipantTableSort(
                query: try? request.queryItems(), fieldIDs: survey.participantFields.map(\.id)),
            outcome: outcome, identity: request.officeIdentity)
        return services.page(page.render(), status: outcome.hasErrors ? .unprocessableContent : .ok)
    }

    private func issued(_ invitation: ParticipantRegistry.Invitation, _ request: HTTPRequest)
        -> OfficeParticipantsPage.Issued
    {
        OfficeParticipantsPage.Issued(
            id: invitation.participant.id, label: invitation.participant.label,
            token: invitation.token.description, link: personalLink(invitation.token, request))
    }

    /// The participant's address at the host the office reached this server by.
    private func personalLink(_ token: AccessToken, _ request: HTTPRequest) -> String {
        absoluteLink("/t/\(token)", request)
    }
}
