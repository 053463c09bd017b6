import HTTPServer
import Markup
import SurveyModel
import SurveyStore

/// The office's overview of all surveys and the page of one survey: status, counts, links, participants and responses.
struct OfficeSurveyController: OfficeController {
    let area: OfficeArea

    func register(on admin: inout RouteGroup) {
        admin.group(requiring: .staff) { staff in
            staff.get("") { request in Interruption.answer { try overview(request) } }
            staff.get("/s/:survey") { request in Interruption.answer { try survey(request) } }
            staff.post("/s/:survey/test-data/wipe", bodyLimit: 4096) { request in
                Interruption.answer { try wipeTestData(request) }
            }
        }
    }

    private func statusText(_ entry: SurveyEntry, ui: UILanguage) -> String {
        entry.schedule(at: services.now()).phrase.text(ui)
    }

    private func overview(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let ui = LanguageChoice.ui(request)
        let entries = services.catalog.entries
        let rows = entries.map { entry -> [TableCell] in
            let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: ui)
            return [
                TableCell(entry.survey.title.text(in: ui.rawValue), href: "/admin/s/\(entry.survey.id)"),
                TableCell(statusText(entry, ui: ui)), TableCell(String(counts.invited)),
                TableCell(String(counts.started)),
                TableCell(counts.submittedText(ui)), TableCell(counts.rateText),
            ]
        }
        let failures = services.catalog.failures
        let passwordSet = (try? request.queryItems())?["password-set"] == "1"
        return page(request, Phrase.surveys.text(ui)) { html in
            if passwordSet {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: SetupPhrase.passwordSaved.text(ui))
            }
            if case .low(let space) = services.diskReserve?.reading(), let reserve = services.diskReserve {
                html.element(
                    "p", [HTMLAttribute("class", "error"), HTMLAttribute("role", "alert")],
                    text: DiskPhrase.officeWarning(
                        freeMegabytes: space.availableBytes >> 20, reserveMegabytes: reserve.reserveBytes >> 20
                    ).text(ui))
            }
            OfficePage.table(
                [
                    Phrase.surveys.text(ui), Phrase.status.text(ui), Phrase.invited.text(ui), Phrase.drafts.text(ui),
                    Phrase.submitted.text(ui), Phrase.responseRate.text(ui),
                ],
                rows, into: &html)
            for entry in entries where entry.log.isDraftBudgetExhausted {
                html.element(
                    "p", [HTMLAttribute("class", "error"), HTMLAttribute("role", "status")],
                    text: Phrase.draftBudgetExhausted(survey: entry.survey.title.text(in: ui.rawValue)).text(ui))
            }
            for (file, diagnostics) in failures.sorted(by: { $0.key < $1.key }) {
                html.element("h2", text: "\(Phrase.diagnostics.text(ui)): \(file)")
                html.element(
                    "pre", [HTMLAttribute("class", "diagnostics")],
                    text: diagnostics.map { $0.rendered(in: ui.diagnosticLanguage) }.joined(separator: "\n"))
            }
        }
    }

    private func survey(_ request: HTTPRequest) throws(Interruption) -> HTTPResponse {
        let entry = try entry(request)
        let ui = LanguageChoice.ui(request)
        let survey = entry.survey
        let view = entry.log.view
        let counts = ResponseCounts(entry: entry, invitees: services.invitees, language: ui)
        let base = "/admin/s/\(survey.id)"
        let voided = (try? request.queryItems())?["voided"] == "1"
        return page(request, survey.title.text(in: ui.rawValue)) { html in
            if voided {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                    text: Phrase.voidDone.text(ui))
            }
            html.element(
                "p",
                text:
                    "\(Phrase.status.text(ui)): \(statusText(entry, ui: ui)) · \(counts.line(ui))"
            )
            html.element("ul") { html in
                if let first = survey.pages.first {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "\(base)/preview/\(first.id)")], text: Phrase.preview.text(ui))
                    }
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "/admin/designer/\(survey.id)")],
                        text: DesignerPhrase.openInDesigner.text(ui))
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "/s/\(survey.id)/print")],
                        text: Phrase.printableQuestionnaire.text(ui))
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "\(base)/participants")], text: ParticipantsPhrase.manage.text(ui))
                }
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", "\(base)/pending.csv")], text: Phrase.pendingCSV.text(ui))
                }
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", "\(base)/report")], text: Phrase.evaluation.text(ui))
                }
                html.element("li") { html in
                    html.element("a", [HTMLAttribute("href", "\(base)/export")], text: ExportPhrase.exportData.text(ui))
                }
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "\(base)/published")], text: PublishPhrase.publishedReports.text(ui)
                    )
                }
                for field in survey.participantFields where !field.options.isEmpty {
                    html.element("li") { html in
                        html.element(
                            "a", [HTMLAttribute("href", "\(base)/report?by=\(field.id)")],
                            text: Phrase.evaluationBy(field.label.text(in: ui.rawValue)).text(ui))
                    }
                }
            }
            testDataSection(entry, query: try? request.queryItems(), ui: ui, csrf: csrf(request), into: &html)
            if !entry.brokenEdit.isEmpty {
                html.element("h2", text: Phrase.diagnostics.text(ui))
                html.element("p", [HTMLAttribute("class", "error")], text: Phrase.loadedVersionKept.text(ui))
                html.element(
                    "pre", [HTMLAttribute("class", "diagnostics")],
                    text: entry.brokenEdit.map { $0.rendered(in: ui.diagnosticLanguage) }.joined(separator: "\n"))
            }
            let warnings = entry.warnings.map { $0.rendered(in: ui.diagnosticLanguage) } + entry.orphanWarnings
            if !warnings.isEmpty {
                html.element("h2", text: Phrase.warnings.text(ui))
                html.element("pre", [HTMLAttribute("class", "diagnostics")], text: warnings.joined(separator: "\n"))
            }
            html.element("h2", [HTMLAttribute("id", "participants")], text: Phrase.participants.text(ui))
            let invitees = services.invitees.invitees(of: survey.id)
            if invitees.isEmpty {
                html.element("p", text: Phrase.noParticipants.text(ui))
            } else {
                let rows = invitees.map { invitee -> [TableCell] in
                    let responseID = services.responseID(surveyID: survey.id, participantID: invitee.id)
                    let status = ResponseProgress(responseID: responseID, view: view)
                    return [
                        TableCell(invitee.label), TableCell(invitee.id), TableCell(status.text(ui)),
                        TableCell(
                            status.lastActivity.map {
                                ReceiptFormat.time(ReceiptFormat.date($0), timeZone: survey.timeZone, ui: ui)
                            } ?? "–"),
                    ]
                }
                OfficePage.table(
                    [Phrase.participant.text(ui), "ID", Phrase.status.text(ui), Phrase.lastActivity.text(ui)], rows,
                    into: &html)
            }
            html.element("h2", text: Phrase.responses.text(ui))
            let submitted = view.submitted.values.sorted { $0.time > $1.time }
            if submitted.isEmpty {
                html.element("p", text: Phrase.noResponses.text(ui))
            } else {
                let rows = submitted.map { record -> [TableCell] in
                    let label =
                        record.participantID.flatMap { services.invitees.invitee(surveyID: survey.id, id: $0)?.label }
                        ?? "–"
                    return [
                        TableCell(
                            ReceiptFormat.responseNumber(record.responseID), href: "\(base)/r/\(record.responseID)"),
                        TableCell(label), TableCell(String(record.revision)),
                        TableCell(
                            ReceiptFormat.time(ReceiptFormat.date(record.time), timeZone: survey.timeZone, ui: ui)),
                    ]
                }
                OfficePage.table(
                    [
                        Phrase.response.text(ui), Phrase.participant.text(ui), Phrase.revision.text(ui),
                        Phrase.time.text(ui),
                    ], rows, into: &html)
            }
        }
    }
}
