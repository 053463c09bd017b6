import Markup
import SurveyEvaluation
import SurveyModel
import SurveyStore

/// The office's participants page: personal links just issued, response rates by
/// participant field, the sortable table with a new code per row, and the forms
/// that invite from a CSV file or one at a time.
struct OfficeParticipantsPage {
    /// A personal link issued by this request; its token exists nowhere else.
    struct Issued {
        let id: String
        let label: String
        let token: String
        let link: String
    }

    /// A problem with one field of the form that adds a participant.
    struct FieldError {
        /// The input's id, for the summary's link.
        let input: String
        let message: String
    }

    /// What the request did, to be shown above the table.
    struct Outcome {
        var issued: [Issued] = []
        var notices: [String] = []
        var uploadErrors: [String] = []
        var addErrors: [FieldError] = []
        /// What was typed into the add form, shown again with its errors.
        var addValues: [String: String] = [:]

        var hasErrors: Bool { !uploadErrors.isEmpty || !addErrors.isEmpty }
    }

    let survey: Survey
    let ui: UILanguage
    let csrf: String
    let rows: [ParticipantRow]
    let participation: ParticipationCounts
    let sort: ParticipantTableSort
    var outcome = Outcome()
    /// Who is signed in, for the frame.
    var identity: OfficeIdentity?

    private var base: String { "/admin/s/\(survey.id)" }
    /// Keeps an English page English after a form or a sorting link; German is the office's default.
    private var languageQuery: String { ui == .de ? "" : "?lang=\(ui.rawValue)" }
    private var language: String { ui.rawValue }

    func render() -> [UInt8] {
        OfficePage(ui: ui, title: ParticipantsPhrase.title.text(ui), csrf: csrf, identity: identity).render { html in
            html.element("p") { html in
                html.element("a", [HTMLAttribute("href", base)], text: survey.title.text(in: language))
            }
            renderErrors(into: &html)
            for notice in outcome.notices {
                html.element(
                    "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")], text: notice)
            }
            renderIssued(into: &html)
            renderMailLinks(into: &html)
            renderContents(into: &html)
            renderTable(into: &html)
            renderRates(into: &html)
            renderUpload(into: &html)
            renderAddForm(into: &html)
        }
    }

    // MARK: Outcome

    private func renderErrors(into html: inout HTMLBuilder) {
        guard outcome.hasErrors else { return }
        html.element(
            "div",
            [
                HTMLAttribute("class", "error-summary"), HTMLAttribute("role", "alert"),
                HTMLAttribute("tabindex", "-1"), HTMLAttribute("aria-labelledby", "error-summary-title"),
                .flag("autofocus", true),
            ]
        ) { html in
            if !outcome.uploadErrors.isEmpty {
                html.element(
                    "h2", [HTMLAttribute("id", "error-summary-title")],
                    text: ParticipantsPhrase.uploadProblems(outcome.uploadErrors.count).text(ui))
                html.element("p", text: ParticipantsPhrase.nothingImported.text(ui))
                html.element("ul") { html in
                    for error in outcome.uploadErrors { html.element("li", text: error) }
                }
            } else {
                html.element(
                    "h2", [HTMLAttribute("id", "error-summary-title")],
                    text: ParticipantsPhrase.addProblems(outcome.addErrors.count).text(ui))
                html.element("ul") { html in
                    for error in outcome.addErrors {
                        html.element("li") { html in
                            html.element("a", [HTMLAttribute("href", "#" + error.input)], text: error.message)
                        }
                    }
                }
            }
        }
    }

    private func renderIssued(into html: inout HTMLBuilder) {
        guard !outcome.issued.isEmpty else { return }
        html.element("section", [HTMLAttribute("class", "issued"), HTMLAttribute("aria-labelledby", "issued")]) {
            html in
            html.element("h2", [HTMLAttribute("id", "issued")], text: ParticipantsPhrase.issuedTitle.text(ui))
            html.element(
                "p", [HTMLAttribute("class", "notice"), HTMLAttribute("role", "status")],
                text: ParticipantsPhrase.issuedOnce(outcome.issued.count).text(ui))
            OfficePage.table(
                [Phrase.participant.text(ui), ParticipantsPhrase.id.text(ui), ParticipantsPhrase.link.text(ui)],
                outcome.issued.map { [TableCell($0.label), TableCell($0.id), TableCell($0.link)] }, into: &html)
            HiddenFields.postForm(to: "\(base)/participants/invitations.csv" + languageQuery, csrf: csrf, into: &html) {
                html in
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "hidden"), HTMLAttribute("name", "tokens"),
                        HTMLAttribute("value", outcome.issued.map(\.token).joined(separator: " ")),
                    ])
                html.element("div", [HTMLAttribute("class", "actions")]) { html in
                    html.element(
                        "button", [HTMLAttribute("type", "submit")],
                        text: ParticipantsPhrase.downloadInvitations.text(ui))
                }
            }
        }
    }

    /// The pages that send invitations and reminders by e-mail.
    private func renderMailLinks(into html: inout HTMLBuilder) {
        html.element("ul", [HTMLAttribute("class", "actions")]) { html in
            // An anonymous survey cannot tell who has answered: it gets no reminders.
            for (path, phrase) in [("invite", MailPhrase.sendInvitations), ("remind", .sendReminders)]
            where path == "invite" || !survey.keepsRespondentsAnonymous {
                html.element("li") { html in
                    html.element(
                        "a", [HTMLAttribute("href", "\(base)/mail/\(path)" + languageQuery)], text: phrase.text(ui))
                }
            }
        }
    }

    /// Links to the sections below the table, which is long for a county's schools.
    private func renderContents(into html: inout HTMLBuilder) {
        html.element("nav", [HTMLAttribute("aria-label", ParticipantsPhrase.contents.text(ui))]) { html in
            html.element("ul") { html in
                for (anchor, phrase) in [
                    ("rates", ParticipantsPhrase.rateByField), ("upload", .upload), ("add", .addOne),
                ] where anchor != "rates" || hasRates {
                    html.element("li") { html in
                        html.element("a", [HTMLAttribute("href", "#" + anchor)], text: phrase.text(ui))
                    }
                }
            }
        }
    }

    private var hasRates: Bool { !participation.breakdowns.isEmpty && participation.total.invited > 0 }

    // MARK: Table and rates

    private func renderTable(into html: inout HTMLBuilder) {
        html.element("h2", text: ParticipantsPhrase.count(rows.count).text(ui))
        guard !rows.isEmpty else {
            html.element("p", text: Phrase.noParticipants.text(ui))
            return
        }
        let columns: [(ParticipantTableSort.Key, String)] =
            [(.label, Phrase.participant.text(ui)), (.id, ParticipantsPhrase.id.text(ui))]
            + survey.participantFields.map { (.field($0.id), $0.label.text(in: language)) }
            + [(.status, Phrase.status.text(ui)), (.activity, Phrase.lastActivity.text(ui))]
            + [(.invited, MailPhrase.invitedOn.text(ui)), (.reminded, MailPhrase.remindedOn.text(ui))]
        html.element("div", [HTMLAttribute("class", "table-wrap")]) { html in
            html.element("table", [HTMLAttribute("class", "participants")]) { html in
                html.element("thead") { html in
                    html.element("tr") { html in
                        for (key, title) in columns {
                            let current = key == sort.key
                            html.element(
                                "th",
                                [
                                    HTMLAttribute("scope", "col"),
                                    HTMLAttribute(
                                        "aria-sort", current ? (sort.descending ? "descending" : "ascending") : nil),
                                ]
                            ) { html in
                                html.element("a", [HTMLAttribute("href", sort.query(for: key, language: ui))]) { html in
                                    html.text(title)
                                    if current {
                                        html.text(sort.descending ? " ▼" : " ▲")
                                        html.element(
                                            "span", [HTMLAttribute("class", "visually-hidden")],
                                            text: " ("
                                                + (sort.descending
                                                ? ParticipantsPhrase.sortedDescending : .sortedAscending).text(ui)
                                                + ")")
                                    }
                                }
                            }
                        }
                        html.element("th", [HTMLAttribute("scope", "col")], text: ParticipantsPhrase.actions.text(ui))
                    }
                }
                html.element("tbody") { html in
                    for row in sort.sorted(rows) { renderRow(row, into: &html) }
                }
            }
        }
    }

    private func renderRow(_ row: ParticipantRow, into html: inout HTMLBuilder) {
        let invitee = row.invitee
        // The anchor a response's page links to (``ParticipantLine/entryHref(surveyID:participantID:)``).
        html.element("tr", [HTMLAttribute("id", ParticipantLine.anchor(participantID: invitee.id))]) { html in
            html.element("td") { html in
                html.element(
                    "a",
                    [
                        HTMLAttribute(
                            "href", OfficeSchoolPage.href(surveyID: survey.id, participantID: invitee.id, ui: ui))
                    ],
                    text: invitee.label)
            }
            html.element("td", text: invitee.id)
            for field in survey.participantFields { html.element("td", text: row.fieldLabels[field.id] ?? "–") }
            html.element("td", text: row.progress.text(ui))
            html.element(
                "td",
                text: row.progress.lastActivity.map {
                    ReceiptFormat.time(ReceiptFormat.date($0), timeZone: survey.timeZone, ui: ui)
                } ?? "–")
            for sent in [row.invited, row.reminded] {
                html.element("td", text: sent.map { ReceiptFormat.time($0, timeZone: survey.timeZone, ui: ui) } ?? "–")
            }
            html.element("td") { html in
                html.element("details") { html in
                    html.element("summary", text: ParticipantsPhrase.reissue.text(ui))
                    HiddenFields.postForm(
                        to: "\(base)/participants/p/\(invitee.id)/reissue" + languageQuery, csrf: csrf, into: &html
                    ) { html in
                        html.element("p", text: ParticipantsPhrase.reissueHelp.text(ui))
                        html.element(
                            "button", [HTMLAttribute("type", "submit")],
                            text: ParticipantsPhrase.reissueConfirm(invitee.label).text(ui))
                    }
                }
            }
        }
    }

    private func renderRates(into html: inout HTMLBuilder) {
        guard hasRates else { return }
        html.element("h2", [HTMLAttribute("id", "rates")], text: ParticipantsPhrase.rateByField.text(ui))
        for breakdown in participation.breakdowns {
            html.element("div", [HTMLAttribute("class", "table-wrap")]) { html in
                html.element("table") { html in
                    html.element("caption", text: breakdown.label)
                    html.element("thead") { html in
                        html.element("tr") { html in
                            for header in [
                                ParticipantsPhrase.value.text(ui), Phrase.invited.text(ui), Phrase.drafts.text(ui),
                                Phrase.submitted.text(ui), Phrase.responseRate.text(ui),
                            ] {
                                html.element("th", [HTMLAttribute("scope", "col")], text: header)
                            }
                        }
                    }
                    html.element("tbody") { html in
                        for group in breakdown.groups {
                            html.element("tr") { html in
                                html.element("th", [HTMLAttribute("scope", "row")], text: group.label)
                                html.element("td", text: String(group.counts.invited))
                                html.element("td", text: String(group.counts.started))
                                html.element("td", text: String(group.counts.submitted))
                                html.element("td", text: Self.percent(group.counts.rate))
                            }
                        }
                    }
                }
            }
        }
    }

    /// A whole percentage, or a dash without invitations.
    static func percent(_ rate: Double?) -> String {
        rate.map { "\(Int(($0 * 100).rounded())) %" } ?? "–"
    }

    // MARK: Forms

    private func renderUpload(into html: inout HTMLBuilder) {
        html.element("h2", [HTMLAttribute("id", "upload")], text: ParticipantsPhrase.upload.text(ui))
        let columns = (["id", "label", "email"] + survey.participantFields.map(\.id)).joined(separator: ", ")
        HiddenFields.postForm(
            to: "\(base)/participants/upload" + languageQuery, csrf: csrf,
            attributes: [HTMLAttribute("enctype", "multipart/form-data")], into: &html
        ) { html in
            html.element("div", [HTMLAttribute("class", "question")]) { html in
                html.element("label", [HTMLAttribute("for", "csv-file")], text: ParticipantsPhrase.file.text(ui))
                html.element(
                    "p", [HTMLAttribute("class", "help"), HTMLAttribute("id", "csv-help")],
                    text: ParticipantsPhrase.uploadHelp(columns).text(ui))
                html.void(
                    "input",
                    [
                        HTMLAttribute("type", "file"), HTMLAttribute("id", "csv-file"), HTMLAttribute("name", "file"),
                        HTMLAttribute("accept", ".csv,text/csv"), HTMLAttribute("aria-describedby", "csv-help"),
                        HTMLAttribute("required", ""),
                    ])
            }
            html.element("fieldset", [HTMLAttribute("class", "question")]) { html in
                html.element("legend", text: ParticipantsPhrase.existingLegend.text(ui))
                for (value, phrase, checked) in [
                    ("refuse", ParticipantsPhrase.existingRefuse, true), ("skip", .existingSkip, false),
                    ("update", .existingUpdate, false),
                ] {
                    html.element("div", [HTMLAttribute("class", "choice")]) { html in
                        html.void(
                            "input",
                            [
                                HTMLAttribute("type", "radio"), HTMLAttribute("id", "existing-\(value)"),
                                HTMLAttribute("name", "existing"), HTMLAttribute("value", value),
                                .flag("checked", checked),
                            ])
                        html.element("label", [HTMLAttribute("for", "existing-\(value)")], text: phrase.text(ui))
                    }
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: ParticipantsPhrase.uploadButton.text(ui))
            }
        }
    }

    private func renderAddForm(into html: inout HTMLBuilder) {
        html.element("h2", [HTMLAttribute("id", "add")], text: ParticipantsPhrase.addOne.text(ui))
        html.element("p", text: ParticipantsPhrase.addHelp.text(ui))
        HiddenFields.postForm(to: "\(base)/participants/add" + languageQuery, csrf: csrf, into: &html) { html in
            textInput(
                "id", label: ParticipantsPhrase.id.text(ui), help: ParticipantsPhrase.idHelp.text(ui), into: &html)
            textInput("label", label: ParticipantsPhrase.name.text(ui), into: &html)
            textInput(
                "email", label: "\(ParticipantsPhrase.email.text(ui)) \(ParticipantsPhrase.optional.text(ui))",
                type: "email", required: false, into: &html)
            for field in survey.participantFields {
                if field.options.isEmpty {
                    textInput(field.id, label: field.label.text(in: language), into: &html)
                } else {
                    select(field, into: &html)
                }
            }
            html.element("div", [HTMLAttribute("class", "actions")]) { html in
                html.element(
                    "button", [HTMLAttribute("type", "submit"), HTMLAttribute("class", "primary")],
                    text: ParticipantsPhrase.addButton.text(ui))
            }
        }
    }

    /// The input id of an add-form field named `name`.
    static func inputID(_ name: String) -> String { "new-" + name }

    private func errors(of name: String) -> [String] {
        outcome.addErrors.filter { $0.input == Self.inputID(name) }.map(\.message)
    }

    private func textInput(
        _ name: String, label: String, help: String? = nil, type: String = "text", required: Bool = true,
        into html: inout HTMLBuilder
    ) {
        let id = Self.inputID(name)
        let errors = errors(of: name)
        html.element("div", [HTMLAttribute("class", "question")]) { html in
            html.element("label", [HTMLAttribute("for", id)], text: label)
            if let help {
                html.element("p", [HTMLAttribute("class", "help"), HTMLAttribute("id", id + "-help")], text: help)
            }
            for error in errors {
                html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", id + "-error")], text: error)
            }
            let describedBy = [help.map { _ in id + "-help" }, errors.isEmpty ? nil : id + "-error"].compactMap { $0 }
            html.void(
                "input",
                [
                    HTMLAttribute("type", type), HTMLAttribute("id", id), HTMLAttribute("name", name),
                    HTMLAttribute("value", outcome.addValues[name] ?? ""),
                    HTMLAttribute("aria-describedby", describedBy.isEmpty ? nil : describedBy.joined(separator: " ")),
                    HTMLAttribute("aria-invalid", errors.isEmpty ? nil : "true"),
                    HTMLAttribute("autocomplete", "off"), .flag("required", required),
                ])
        }
    }

    private func select(_ field: ParticipantField, into html: inout HTMLBuilder) {
        let id = Self.inputID(field.id)
        let errors = errors(of: field.id)
        let chosen = outcome.addValues[field.id] ?? ""
        html.element("div", [HTMLAttribute("class", "question")]) { html in
            html.element("label", [HTMLAttribute("for", id)], text: field.label.text(in: language))
            for error in errors {
                html.element("p", [HTMLAttribute("class", "error"), HTMLAttribute("id", id + "-error")], text: error)
            }
            html.element(
                "select",
                [
                    HTMLAttribute("id", id), HTMLAttribute("name", field.id), HTMLAttribute("required", ""),
                    HTMLAttribute("aria-describedby", errors.isEmpty ? nil : id + "-error"),
                    HTMLAttribute("aria-invalid", errors.isEmpty ? nil : "true"),
                ]
            ) { html in
                html.element("option", [HTMLAttribute("value", "")], text: Phrase.pleaseChoose.text(ui))
                for option in field.options {
                    html.element(
                        "option",
                        [HTMLAttribute("value", option.value), .flag("selected", option.value == chosen)],
                        text: option.label.text(in: language))
                }
            }
        }
    }
}
