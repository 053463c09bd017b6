import CryptoPrimitives
import HTTPServer
import HTTPServerTesting
import SurveyStore
import Testing

@testable import SurveyWeb

/// The office's participants page: upload, add, new codes, the table and the rates.
@Suite struct OfficeParticipantsTests {
    static let page = "/admin/s/alle-typen/participants"

    /// A CSV file as German Excel writes it: semicolons, a byte-order mark, a label where a value is expected.
    static let schools = Array(
        ("\u{FEFF}id;label;email;schulart\r\nschule-3;Realschule Süd;sued@example.org;Gymnasium\r\n"
            + "schule-4;\"Grundschule \"\"Am See\"\"\";;gs\r\n").utf8)

    /// The personal links a page shows, in order.
    static func links(in html: String) -> [String] {
        html.matches(of: /http:\/\/[a-z.]+\/t\/([0-9A-Z-]+)/).map { String($0.output.1) }
    }

    @Test func pageShowsFieldsStatusLastActivityAndRates() async throws {
        let site = try TestSite()
        var school = await site.school()
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        var office = try await site.office()
        let german = await office.get(Self.page)
        #expect(german.status == .ok)
        #expect(
            german.text.contains("<th scope=\"col\" aria-sort=\"ascending\"><a href=\"?sort=label&amp;order=desc\">"))
        #expect(german.text.contains("<td>Grundschule</td>") && german.text.contains("<td>Gymnasium</td>"))
        #expect(german.text.contains("<td>begonnen</td>") && german.text.contains("<td>nicht begonnen</td>"))
        #expect(german.text.contains(" Uhr</td>"))
        #expect(german.text.contains("<caption>Schulart</caption>"))
        #expect(german.text.contains("<th scope=\"row\">Grundschule</th><td>1</td><td>1</td><td>0</td><td>0 %</td>"))
        let english = await office.get(Self.page + "?lang=en")
        #expect(english.text.contains("<td>started</td>") && english.text.contains("<td>not started</td>"))
        #expect(english.text.contains("Response rate by participant field"))
        #expect(!english.text.contains("nicht begonnen") && !english.text.contains("Uhr"))
        #expect(english.text.contains("action=\"/admin/s/alle-typen/participants/add?lang=en\""))
        #expect(english.text.contains("href=\"?sort=id&amp;lang=en\""))
        var stranger = site.browser()
        #expect(await stranger.get(Self.page).status == .unauthorized)
    }

    @Test func headersSortOnTheServer() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let byID = await office.get(Self.page + "?sort=id&order=desc")
        let first = try #require(byID.text.firstRange(of: "<td>schule-2</td>"))
        let second = try #require(byID.text.firstRange(of: "<td>schule-1</td>"))
        #expect(first.lowerBound < second.lowerBound)
        #expect(byID.text.contains("aria-sort=\"descending\"><a href=\"?sort=id\">ID ▼"))
        let byField = await office.get(Self.page + "?sort=field-schulart&order=desc")
        let gym = try #require(byField.text.firstRange(of: "<td>Gymnasium</td>"))
        let gs = try #require(byField.text.firstRange(of: "<td>Grundschule</td>"))
        #expect(gym.lowerBound < gs.lowerBound)
        // Equal statuses keep the name order when the status column is reversed.
        let byStatus = await office.get(Self.page + "?sort=status&order=desc")
        // Each name links to the participant's page.
        let bach = try #require(byStatus.text.firstRange(of: ">Grundschule &lt;Am Bach&gt; &amp; Co</a></td>"))
        let nord = try #require(
            byStatus.text.firstRange(
                of: #"<td><a href="/admin/s/alle-typen/participants/p/schule-2">Gymnasium Nord</a></td>"#))
        #expect(bach.lowerBound < nord.lowerBound)
        #expect(await office.get(Self.page + "?sort=%3Cscript%3E").status == .ok)
    }

    @Test func uploadInvitesEveryRowAndShowsTheLinksOnce() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let form = await office.get(Self.page)
        let uploaded = await office.post(
            Self.page + "/upload", TestBrowser.hiddenFields(named: ["_csrf"], in: form.text) + [("existing", "refuse")],
            file: ("file", "schulen.csv", Self.schools))
        #expect(uploaded.status == .ok)
        #expect(uploaded.text.contains("Diese 2 Links werden nur jetzt angezeigt"))
        #expect(
            uploaded.text.contains("Grundschule &quot;Am See&quot;") || uploaded.text.contains("Grundschule \"Am See\"")
        )
        let links = Self.links(in: uploaded.text)
        #expect(links.count == 2)
        let registry = try #require(site.application.participants(of: "alle-typen"))
        #expect(try registry.participant(id: "schule-3")?.fields == ["schulart": "gym"])
        // The link works at once, and the page does not show it again.
        var newSchool = site.browser()
        #expect(await newSchool.get("/t/\(links[0])").status == .seeOther)
        #expect(Self.links(in: await office.get(Self.page).text).isEmpty)

        let download = await office.post(
            Self.page + "/invitations.csv", TestBrowser.hiddenFields(named: ["_csrf", "tokens"], in: uploaded.text))
        #expect(download.headers["Content-Type"] == "text/csv; charset=utf-8")
        #expect(
            download.text.contains(
                "schule-3;Realschule Süd;sued@example.org;\(links[0]);http://localhost/t/\(links[0])"))
    }

    @Test func aFileWithProblemsInvitesNobodyAndSaysWhereInThePagesLanguage() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let form = await office.get(Self.page)
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: form.text)
        let bad = Array("id,label,schulart\nschule-9,Neue Schule,gs\nschule-1,Doppelt,xx\n".utf8)
        let german = await office.post(Self.page + "/upload", csrf, file: ("file", "bad.csv", bad))
        #expect(german.status == .unprocessableContent)
        #expect(german.text.contains("Zeile 3, Spalte 1: Die ID „schule-1“ ist bereits registriert"))
        #expect(german.text.contains("Zeile 3, Spalte 3: „xx“ ist kein Wert von „schulart“"))
        #expect(german.text.contains("Es wurde niemand eingeladen."))
        let english = await office.post(Self.page + "/upload?lang=en", csrf, file: ("file", "bad.csv", bad))
        #expect(
            english.text.contains("row 3, column 3: &#39;xx&#39; is not a value of")
                || english.text.contains("row 3, column 3: 'xx' is not a value of"))
        let registry = try #require(site.application.participants(of: "alle-typen"))
        #expect(try registry.participant(id: "schule-9") == nil)
        // Skipping the registered one invites the new one; updating changes the registered one.
        let good = Array("id,label,schulart\nschule-9,Neue Schule,gs\nschule-1,Umbenannt,Gymnasium\n".utf8)
        let skipped = await office.post(
            Self.page + "/upload", csrf + [("existing", "skip")], file: ("file", "good.csv", good))
        #expect(skipped.text.contains("1 bereits registriert und übersprungen: schule-1."))
        #expect(Self.links(in: skipped.text).count == 1)
        let updated = await office.post(
            Self.page + "/upload", csrf + [("existing", "update")], file: ("file", "good.csv", good))
        #expect(updated.text.contains("2 Einträge aktualisiert."))
        #expect(try registry.participant(id: "schule-1")?.label == "Umbenannt")
        #expect(try registry.participant(id: "schule-1")?.fields == ["schulart": "gym"])
        // The school's existing link keeps working after the update.
        var again = site.browser()
        #expect(await again.get("/t/\(site.token)").status == .seeOther)
        #expect(await office.post(Self.page + "/upload", [], file: ("file", "good.csv", good)).status == .forbidden)
        let empty = await office.post(Self.page + "/upload", csrf, file: ("file", "leer.csv", []))
        #expect(empty.text.contains("Bitte wählen Sie eine CSV-Datei aus."))
    }

    @Test func addOneSchoolWithTheImportsChecks() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let form = await office.get(Self.page)
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: form.text)
        let wrong = await office.post(
            Self.page + "/add", csrf + [("id", "schule 5"), ("label", ""), ("email", "kein-at"), ("schulart", "gs")])
        #expect(wrong.status == .unprocessableContent)
        #expect(wrong.text.contains("Bitte korrigieren Sie 3 Angaben"))
        #expect(wrong.text.contains("<a href=\"#new-label\">Name: „label“ ist leer"))
        #expect(wrong.text.contains("value=\"kein-at\""))
        #expect(wrong.text.contains("<option value=\"gs\" selected>"))
        let added = await office.post(
            Self.page + "/add",
            csrf + [("id", "schule-5"), ("label", "Förderschule Ost"), ("email", ""), ("schulart", "gym")])
        #expect(added.status == .ok)
        #expect(Self.links(in: added.text).count == 1)
        #expect(added.text.contains("Dieser Link wird nur jetzt angezeigt."))
        #expect(site.application.invitees.invitee(surveyID: "alle-typen", id: "schule-5")?.label == "Förderschule Ost")
        #expect(
            await office.post(Self.page + "/add", [("id", "schule-6"), ("label", "x"), ("schulart", "gs")]).status
                == .forbidden)
    }

    @Test func reissueReplacesTheLinkAtOnce() async throws {
        let site = try TestSite()
        var office = try await site.office()
        let form = await office.get(Self.page + "?lang=en")
        let csrf = TestBrowser.hiddenFields(named: ["_csrf"], in: form.text)
        let reissued = await office.post(Self.page + "/p/schule-1/reissue?lang=en", csrf)
        #expect(reissued.status == .ok)
        #expect(reissued.text.contains("This link is shown only now."))
        let links = Self.links(in: reissued.text)
        #expect(links.count == 1)
        var old = site.browser()
        #expect(await old.get("/t/\(site.token)").status != .seeOther)
        var new = site.browser()
        #expect(await new.get("/t/\(links[0])").status == .seeOther)
        #expect(await office.post(Self.page + "/p/gibt-es-nicht/reissue", csrf).status == .notFound)
        #expect(await office.post(Self.page + "/p/schule-1/reissue", []).status == .forbidden)
    }

    @Test func pendingCSVStatusFollowsTheOfficeLanguage() async throws {
        let site = try TestSite()
        var school = await site.school()
        _ = await school.submitForm(on: "/s/alle-typen/p/eins", to: "/s/alle-typen/p/eins", RespondentFlowTests.pageOne)
        var office = try await site.office()
        let german = await office.get("/admin/s/alle-typen/pending.csv")
        #expect(german.text.contains(";begonnen\r\n") && german.text.contains(";nicht begonnen\r\n"))
        let english = await office.get("/admin/s/alle-typen/pending.csv?lang=en")
        #expect(english.text.contains(";started\r\n") && english.text.contains(";not started\r\n"))
    }
}
