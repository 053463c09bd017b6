import CryptoPrimitives
import Foundation
import HTTPServer
import HTTPServerTesting
import InternetMessage
import MailTransport
import SurveyMail
import SurveyModel
import SurveyStore
import Testing

@testable import SurveyWeb

/// „Einladungen senden“ and „Erinnerung senden“: the plan with a preview, the confirmation that sends in the
/// background, the progress page, the participants' mail columns and a school's mail log.
@Suite struct OfficeMailTests {
    static let invitePage = "/admin/s/alle-typen/mail/invite"
    static let remindPage = "/admin/s/alle-typen/mail/remind"
    static let progressPage = "/admin/s/alle-typen/mail"

    /// A site whose office sends through `transport`, without waiting between messages.
    static func site(_ transport: any MailTransport) throws -> TestSite {
        let settings = MailSettings(
            from: try MailAddress("schulamt@kreis.example", displayName: "Schulamt Musterkreis"),
            office: LocalizedText("Schulamt Musterkreis"), contact: LocalizedText("Tel. 01234 5678"),
            baseURL: "https://umfrage.kreis.example", transport: .sendmail(path: "/usr/sbin/sendmail", arguments: []))
        return try TestSite { configuration in
            configuration.mail = WebMail(settings: settings, transport: transport, sleeper: { _ in })
        }
    }

    /// Confirms the round the page at `path` offers, with the fields its form carries.
    static func confirm(_ office: inout TestBrowser, _ path: String) async -> HTTPResponse {
        let page = await office.get(path)
        return await office.post(
            path,
            TestBrowser.hiddenFields(named: ["_csrf", "_formKey", "recipients", "not-started", "again"], in: page.text))
    }

    /// The personal token in a message as it went out (quoted-printable, lines perhaps broken softly).
    static func token(in message: String) -> String? {
        let text = message.replacing("=\r\n", with: "")
        guard let range = text.firstRange(of: "/t/") else { return nil }
        return String(text[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
    }

    @Test func thePreviewCountsTheRecipientsAndShowsNoRealToken() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        let page = await office.get(Self.invitePage)
        #expect(page.status == .ok)
        #expect(page.text.contains("2 Empfängerinnen und Empfänger"))
        #expect(page.text.contains("XXXX-XXXX"))
        #expect(!page.text.contains(site.token.description))
        // The school's name is text, never markup, in the preview as everywhere.
        #expect(page.text.contains("Grundschule &lt;Am Bach&gt; &amp; Co"))
        #expect(!page.text.contains("<Am Bach>"))
        #expect(page.text.contains("2 Einladungen jetzt senden"))
        #expect(transport.messages.isEmpty)
        let english = await office.get(Self.invitePage + "?lang=en")
        #expect(english.text.contains("2 recipients"))
        #expect(english.text.contains("Send 2 invitations now"))
    }

    @Test func confirmingSendsToExactlyTheRecipientsAndASecondInvitationSendsNothing() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        let started = await Self.confirm(&office, Self.invitePage)
        #expect(started.status == .seeOther)
        #expect(started.location == Self.progressPage)
        site.application.services.mailRounds.waitUntilIdle()
        #expect(transport.recipients.sorted() == ["bach@example.org", "nord@example.org"])
        let audit = try site.application.office.audit.entries().last
        #expect(audit?.action == .mailInvite)
        #expect(audit?.object == "alle-typen/round-1")

        let again = await office.get(Self.invitePage)
        #expect(again.text.contains(MailPhrase.nobodyToSend.text(.de)))
        #expect(again.text.contains("bereits eingeladen"))
        #expect(!again.text.contains("jetzt senden"))
        // Even a form posted from an old page sends nothing more.
        let stale = await office.post(
            Self.invitePage,
            TestBrowser.hiddenFields(named: ["_csrf", "_formKey"], in: again.text) + [("recipients", "2")])
        #expect(stale.status == .conflict)
        site.application.services.mailRounds.waitUntilIdle()
        #expect(transport.messages.count == 2)
    }

    /// The link in the mail opens the school's survey; a reminder's preview never shows that token.
    @Test func theInvitationsLinkOpensTheSurveyAndTheReminderPreviewHidesIt() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        _ = await Self.confirm(&office, Self.invitePage)
        site.application.services.mailRounds.waitUntilIdle()
        let toNorth = try #require(transport.messages.first { $0.envelope.recipients == ["nord@example.org"] })
        let token = try #require(Self.token(in: toNorth.text))
        var school = site.browser()
        let entered = await school.get("/t/\(token)")
        #expect(entered.status == .seeOther)
        #expect(entered.location?.hasPrefix("/s/alle-typen") == true)
        let reminder = await office.get(Self.remindPage)
        #expect(reminder.text.contains("2 Empfängerinnen und Empfänger"))
        #expect(!reminder.text.contains(token))
    }

    @Test func aReminderLeavesOutWhoHasSubmitted() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        await OfficeExportTests.submitOneResponse(site)
        var office = try await site.office(role: .staff)
        _ = await Self.confirm(&office, Self.invitePage)
        site.application.services.mailRounds.waitUntilIdle()
        let page = await office.get(Self.remindPage)
        #expect(page.text.contains("1 Empfängerin oder Empfänger"))
        #expect(page.text.contains("bereits abgeschickt"))
        #expect(page.text.contains("Nur an Teilnehmende, die noch nicht begonnen haben"))
        let started = await Self.confirm(&office, Self.remindPage)
        #expect(started.status == .seeOther)
        site.application.services.mailRounds.waitUntilIdle()
        #expect(transport.recipients.suffix(1) == ["nord@example.org"])
        #expect(try site.application.office.audit.entries().last?.action == .mailRemind)
    }

    @Test func theProgressPageReloadsWhileSendingAndSumsUpAfter() async throws {
        let transport = RecordingTransport(gated: true)
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        let started = await Self.confirm(&office, Self.invitePage)
        #expect(started.status == .seeOther)
        let running = await office.get(Self.progressPage)
        #expect(running.text.contains(#"<meta http-equiv="refresh" content="5">"#))
        #expect(running.text.contains("Wird gesendet"))
        #expect(running.text.contains("Ausstehend: 2"))
        #expect(running.text.contains(#"href="/admin/s/alle-typen/mail?auto=0""#))
        let still = await office.get(Self.progressPage + "?auto=0")
        #expect(!still.text.contains("http-equiv"))
        // The message waiting at the transport is on its way, not uncertain.
        transport.awaitArrival()
        let first = try #require(
            try site.application.participants(of: "alle-typen")?.all().first { $0.email == "bach@example.org" })
        let school = await office.get("/admin/s/alle-typen/participants/p/\(first.id)")
        #expect(school.text.contains("wird gerade gesendet"))
        #expect(!school.text.contains("ungewiss"))
        // One round per survey at a time: a second confirmation is refused while the first sends.
        let second = await Self.confirm(&office, Self.remindPage)
        #expect(second.status == .conflict)
        #expect(second.text.contains(MailPhrase.alreadyRunning.text(.de)))
        transport.release(2)
        site.application.services.mailRounds.waitUntilIdle()
        let done = await office.get(Self.progressPage + "?lang=en")
        #expect(done.text.contains("Finished."))
        #expect(done.text.contains("Sent: 2"))
        #expect(!done.text.contains("http-equiv"))
        #expect(transport.messages.count == 2)
    }

    /// A school that submits while the reminders go out gets none; the sending page counts it apart.
    @Test func aSchoolThatSubmitsWhileTheRemindersGoOutGetsNone() async throws {
        let transport = RecordingTransport(gated: true)
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        _ = await Self.confirm(&office, Self.invitePage)
        transport.release(2)
        site.application.services.mailRounds.waitUntilIdle()
        transport.awaitArrival()
        transport.awaitArrival()
        let invitations = transport.messages
        let token = try #require(Self.token(in: invitations[1].text))
        _ = await Self.confirm(&office, Self.remindPage)
        transport.awaitArrival()
        // While the first reminder waits at the mail server, the second school submits.
        var school = site.browser()
        _ = await school.get("/t/\(token)")
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        let review = await school.get("/s/alle-typen/review")
        _ = await school.post("/s/alle-typen/submit", TestBrowser.hiddenFields(review.text))
        transport.release(2)
        site.application.services.mailRounds.waitUntilIdle()
        #expect(transport.recipients.suffix(1) == invitations[0].envelope.recipients)
        let done = await office.get(Self.progressPage)
        #expect(done.text.contains("Gesendet: 1"))
        #expect(done.text.contains("Inzwischen geantwortet, daher nicht gesendet: 1"))
        #expect(done.text.contains("Ausstehend: 0"))
        let english = await office.get(Self.progressPage + "?lang=en")
        #expect(english.text.contains("Submitted since the round was planned, so not sent: 1"))
    }

    /// A recipient the mail system refuses is counted and named with the reply; the round goes on.
    @Test func aRefusedMessageIsShownWithItsReply() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sendmail-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("sendmail").path
        let refusing = """
            #!/bin/sh
            cat >/dev/null
            case "$*" in *nord@example.org*) echo '550 5.1.1 unknown user' >&2; exit 67;; esac
            exit 0

            """
        #expect(
            FileManager.default.createFile(
                atPath: script, contents: Data(refusing.utf8), attributes: [.posixPermissions: 0o755]))
        let site = try Self.site(SendmailTransport(path: script, arguments: ["-i"]))
        var office = try await site.office(role: .staff)
        _ = await Self.confirm(&office, Self.invitePage)
        site.application.services.mailRounds.waitUntilIdle()
        let done = await office.get(Self.progressPage)
        #expect(done.text.contains("Gesendet: 1"))
        #expect(done.text.contains("Fehlgeschlagen: 1"))
        #expect(done.text.contains("Gymnasium Nord"))
        #expect(done.text.contains("550 5.1.1 unknown user"))
        let school = await office.get("/admin/s/alle-typen/participants/p/schule-2")
        #expect(school.text.contains("fehlgeschlagen"))
    }

    /// A relay that cannot be reached stops the round before the first message, and the page says so.
    @Test func anUnreachableRelayStopsTheRoundBeforeAnything() async throws {
        let site = try Self.site(SMTPTransport(host: "127.0.0.1", port: 1, helo: "test.example", retry: .none))
        var office = try await site.office(role: .staff)
        _ = await Self.confirm(&office, Self.invitePage)
        site.application.services.mailRounds.waitUntilIdle()
        let done = await office.get(Self.progressPage)
        #expect(done.text.contains("Abgebrochen."))
        #expect(done.text.contains("Der Mailversand ist nicht erreichbar"))
        #expect(done.text.contains("Gesendet: 0"))
        #expect(!done.text.contains("http-equiv"))
        #expect(try MailHistory(folder: SurveyFolder(site.responses + "/alle-typen")).deliveries.isEmpty)
    }

    @Test func theParticipantsTableAndASchoolsPageShowTheMail() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        let before = await office.get("/admin/s/alle-typen/participants")
        #expect(before.text.contains("Eingeladen am"))
        #expect(before.text.contains("Erinnert am"))
        _ = await Self.confirm(&office, Self.invitePage)
        site.application.services.mailRounds.waitUntilIdle()
        let table = await office.get("/admin/s/alle-typen/participants?sort=invited")
        #expect(table.text.contains(#"aria-sort="ascending""#))
        #expect(table.text.contains(ReceiptFormat.time(site.clock.now, timeZone: .gmt, ui: .de).prefix(10)))
        let school = await office.get("/admin/s/alle-typen/participants/p/schule-2?lang=en")
        #expect(school.status == .ok)
        #expect(school.text.contains("Mail log"))
        #expect(school.text.contains("Invitation"))
        #expect(school.text.contains("250 2.0.0 Ok: queued as TEST"))
        let unknown = await office.get("/admin/s/alle-typen/participants/p/niemand")
        #expect(unknown.status == .notFound)
    }

    /// An address the import let through but no message can go to holds the whole round back, named with its school.
    @Test func anInvalidAddressIsNamedAndNothingCanBeSent() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        let registry = try #require(site.application.participants(of: "alle-typen"))
        _ = try registry.register([
            ParticipantImport.Row(
                id: "schule-3", label: "Realschule Süd", email: "sued..sekretariat@example.org",
                fields: ["schulart": "gym"])
        ])
        site.application.reloadSurveys()
        var office = try await site.office(role: .staff)
        let page = await office.get(Self.invitePage)
        #expect(page.text.contains("Realschule Süd (schule-3)"))
        #expect(page.text.contains("Eine E-Mail-Adresse ist ungültig"))
        #expect(!page.text.contains("jetzt senden"))
        let posted = await office.post(
            Self.invitePage,
            TestBrowser.hiddenFields(named: ["_csrf", "_formKey"], in: page.text) + [("recipients", "2")])
        #expect(posted.status == .conflict)
        #expect(site.application.services.mailRounds.status(of: "alle-typen") == nil)
        #expect(transport.messages.isEmpty)
    }

    /// An anonymous survey cannot tell who has answered: no reminder link, and the page says why.
    @Test func anAnonymousSurveyOffersNoReminder() async throws {
        let site = try TestSite(survey: "oeffentlich", fields: [:])
        var office = try await site.office(role: .staff)
        let participants = await office.get("/admin/s/oeffentlich/participants")
        #expect(participants.text.contains("/admin/s/oeffentlich/mail/invite"))
        #expect(!participants.text.contains("/admin/s/oeffentlich/mail/remind"))
        let reminder = await office.get("/admin/s/oeffentlich/mail/remind")
        #expect(reminder.status == .conflict)
        #expect(reminder.text.contains("Die Umfrage ist anonym"))
    }

    @Test func withoutSettingsThePageExplainsAndOnlyPreviews() async throws {
        let site = try TestSite()
        var office = try await site.office(role: .staff)
        let page = await office.get(Self.invitePage)
        #expect(page.status == .ok)
        #expect(page.text.contains(MailPhrase.notConfigured.text(.de)))
        #expect(page.text.contains("docs/mail.md"))
        #expect(page.text.contains("XXXX-XXXX"))
        #expect(!page.text.contains("jetzt senden"))
        let posted = await office.post(
            Self.invitePage,
            TestBrowser.hiddenFields(named: ["_csrf", "_formKey"], in: page.text) + [("recipients", "2")])
        #expect(posted.status == .conflict)
        #expect(site.application.services.mailRounds.status(of: "alle-typen") == nil)
    }

    @Test func theCommitteeIsRefused() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var committee = try await site.office(email: "ausschuss@example.org", role: .committee)
        for path in [
            Self.invitePage, Self.remindPage, Self.progressPage, "/admin/s/alle-typen/participants/p/schule-1",
        ] {
            #expect(await committee.get(path).status == .forbidden, "\(path)")
        }
        let posted = await committee.post(Self.invitePage, [("recipients", "2")])
        #expect(posted.status == .forbidden)
        #expect(transport.messages.isEmpty)
    }

    @Test func aConfirmationWithoutTheFormTokenIsRefused() async throws {
        let transport = RecordingTransport()
        let site = try Self.site(transport)
        var office = try await site.office(role: .staff)
        let page = await office.get(Self.invitePage)
        let forged = await office.post(
            Self.invitePage, TestBrowser.hiddenFields(named: ["_formKey", "recipients"], in: page.text))
        #expect(forged.status == .forbidden)
        #expect(site.application.services.mailRounds.status(of: "alle-typen") == nil)
        #expect(transport.messages.isEmpty)
    }
}
