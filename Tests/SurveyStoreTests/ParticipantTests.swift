import CSVCodec
import CryptoPrimitives
import Foundation
import StrictJSON
import SurveyStore
import Testing

/// Import checking, registration, tokens, reissue and status.
struct ParticipantTests {
    static let rules = [
        ParticipantFieldRule(name: "schulart", allowedValues: ["gs", "ms", "rs", "gym"]),
        ParticipantFieldRule(name: "region", allowedValues: []),
    ]

    static func read(_ text: String, existing: Set<String> = []) throws(ParticipantImportErrors) -> [ParticipantImport
        .Row]
    {
        try ParticipantImport.read(Array(text.utf8), fields: rules, existingIDs: existing)
    }

    @Test func readsExcelStyleFile() throws {
        let text = "\u{FEFF}ID;Label;E-Mail-ignored\n"
        #expect(throws: ParticipantImportErrors.self) { try Self.read(text) }
        let rows = try Self.read(
            "\u{FEFF}id;label;email;schulart;Region\r\ns001;\"Grundschule Am Park; Nord\";sekretariat@gs-park.de;gs;Nord\r\n\r\ns002; Mittelschule Süd ;;ms;Süd\r\n"
        )
        #expect(
            rows == [
                ParticipantImport.Row(
                    id: "s001", label: "Grundschule Am Park; Nord", email: "sekretariat@gs-park.de",
                    fields: ["schulart": "gs", "region": "Nord"]),
                ParticipantImport.Row(
                    id: "s002", label: "Mittelschule Süd", email: nil, fields: ["schulart": "ms", "region": "Süd"]),
            ])
    }

    @Test func reportsEveryBadRowAndImportsNothing() throws {
        let text = """
            id,label,email,schulart,region
            s1,A,a@b.de,gs,N
            s1,B,,gs,N
            s 3,C,,gs,N
            s4,,kein-at,xx,N
            s5,E,,gs
            old,F,,gym,N

            """
        let error = try #require(throws: ParticipantImportErrors.self) { try Self.read(text, existing: ["old"]) }
        func at(_ row: Int, _ column: Int) -> CSVPosition { CSVPosition(row: row, column: column, line: row) }
        #expect(
            error.errors == [
                .csv(.wrongFieldCount(at(6, 5), expected: 5, found: 4))
            ])
        let fixed = text.replacingFirst("s5,E,,gs\n", with: "s5,E,,gs,N\n")
        let second = try #require(throws: ParticipantImportErrors.self) { try Self.read(fixed, existing: ["old"]) }
        #expect(
            second.errors == [
                .duplicateID(at(3, 1), id: "s1", firstRow: 2),
                .invalidID(at(4, 1), value: "s 3"),
                .emptyValue(at(5, 2), column: "label"),
                .invalidEmail(at(5, 3), value: "kein-at"),
                .invalidFieldValue(at(5, 4), field: "schulart", value: "xx", allowed: ["gs", "ms", "rs", "gym"]),
                .alreadyRegistered(at(7, 1), id: "old"),
            ])
        #expect(second.description.contains("row 3, column 1: id 's1' already appears in row 2"))
    }

    @Test func headerProblems() throws {
        let error = try #require(throws: ParticipantImportErrors.self) { try Self.read("id,lable,id,schulart\n") }
        #expect(
            error.errors == [
                .unknownColumn("lable", column: 2, known: ["id", "label", "email", "schulart", "region"]),
                .duplicateColumn("id", column: 3),
                .missingColumn("label"),
                .missingColumn("region"),
            ])
    }

    @Test func registerIssuesTokensStoredOnlyAsHashes() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        let rows = try Self.read("id,label,schulart,region\ns1,A,gs,N\ns2,B,ms,S\n")
        let invitations = try registry.register(rows)
        #expect(invitations.map(\.participant.id) == ["s1", "s2"])
        let file = String(decoding: directory.bytes(ParticipantRegistry.fileName), as: UTF8.self)
        for invitation in invitations {
            #expect(!file.contains(invitation.token.symbols))
            #expect(file.contains(invitation.token.hashHex))
            #expect(try registry.participant(forToken: invitation.token)?.id == invitation.participant.id)
        }
        #expect(throws: StoreError.duplicateParticipant("s1")) { try registry.register([rows[0]]) }

        // A second registry (another process) sees the same, including a typed token.
        let other = try ParticipantRegistry(directory: directory.path)
        let typed = try #require(AccessToken(typed: invitations[0].token.description.lowercased()))
        #expect(try other.participant(forToken: typed)?.fields == ["schulart": "gs", "region": "N"])
        #expect(try other.all().map(\.id) == ["s1", "s2"])
    }

    @Test func reissueReplacesTheTokenEverywhere() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        let first = try registry.register(Self.read("id,label,schulart,region\ns1,A,gs,N\n"))[0]
        let observer = try ParticipantRegistry(directory: directory.path)
        #expect(try observer.participant(forToken: first.token)?.id == "s1")
        let second = try registry.reissue(id: "s1")
        #expect(second.token != first.token)
        #expect(try observer.participant(forToken: first.token) == nil, "the old token must stop working")
        #expect(try observer.participant(forToken: second.token)?.id == "s1")
        #expect(throws: StoreError.unknownParticipant("nobody")) { try registry.reissue(id: "nobody") }
    }

    @Test func reissueAndEndSessionsRaiseTheGenerationDurably() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        _ = try registry.register(Self.read("id,label,schulart,region\ns1,A,gs,N\ns2,B,ms,S\n"))
        #expect(try registry.participant(id: "s1")?.sessionGeneration == 0)
        #expect(try registry.reissue(id: "s1").participant.sessionGeneration == 1)
        #expect(try registry.endSessions(id: "s1") == 2)
        try registry.recordOpened(id: "s1")
        #expect(throws: StoreError.unknownParticipant("nobody")) { try registry.endSessions(id: "nobody") }
        // A server started later, or running beside the command line, reads the same generations.
        let reopened = try ParticipantRegistry(directory: directory.path)
        #expect(try reopened.participant(id: "s1")?.sessionGeneration == 2)
        #expect(try reopened.participant(id: "s2")?.sessionGeneration == 0)
    }

    @Test func filesWrittenBeforeGenerationsReadAsGenerationZero() throws {
        let directory = TemporaryDirectory()
        directory.write(
            ParticipantRegistry.fileName,
            Array(
                """
                {"kind":"participant","id":"s1","label":"A","fields":{},"token":"ab","time":"2026-11-01T08:00:00.000Z"}
                {"kind":"opened","id":"s1","time":"2026-11-02T08:00:00.000Z"}

                """.utf8))
        let registry = try ParticipantRegistry(directory: directory.path)
        #expect(try registry.participant(id: "s1")?.sessionGeneration == 0)
    }

    @Test func statusCombinesParticipantsAndResponses() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        _ = try registry.register(Self.read("id,label,schulart,region\ns1,A,gs,N\ns2,B,ms,S\ns3,C,rs,S\n"))
        try registry.recordOpened(id: "s1")
        try registry.recordOpened(id: "s1")
        try registry.recordOpened(id: "s2")
        let log = try ResponseLog(directory: directory.path)
        _ = try log.write(Requests.submit("r1", participant: "s1"))
        _ = try log.write(
            AppendRequest(
                .draft(page: "p1", answers: [:]), responseID: "r2", definitionVersion: Requests.version,
                participantID: "s2"))
        let view = try ResponseView.read(directory: directory.path)
        let statuses = try registry.all().map { ParticipantStatus(participant: $0, view: view) }
        #expect(statuses.map { $0.submitted != nil } == [true, false, false])
        #expect(statuses.map { $0.lastDraft != nil } == [false, true, false])
        #expect(statuses.map { $0.participant.firstOpened != nil } == [true, true, false])
        let lines = String(decoding: directory.bytes(ParticipantRegistry.fileName), as: UTF8.self).split(
            separator: "\n")
        #expect(lines.filter { $0.contains("\"opened\"") }.count == 2, "a second open writes nothing")
    }

    @Test func tornParticipantsTailIsSetAsideOnNextWrite() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        _ = try registry.register(Self.read("id,label,schulart,region\ns1,A,gs,N\n"))
        let good = directory.bytes(ParticipantRegistry.fileName)
        directory.write(ParticipantRegistry.fileName, good + Array("{\"kind\":\"tok".utf8))
        let reader = try ParticipantRegistry(directory: directory.path)
        #expect(try reader.all().count == 1)
        _ = try reader.reissue(id: "s1")
        #expect(directory.files(startingWith: "participants.jsonl.torn-").count == 1)
        #expect(try ParticipantRegistry(directory: directory.path).all().count == 1)
    }

    @Test func concurrentWritersFromTwoRegistriesKeepEveryLine() async throws {
        let directory = TemporaryDirectory()
        let first = try ParticipantRegistry(directory: directory.path)
        let ids = (1...20).map { "s\($0)" }
        _ = try first.register(ids.map { ParticipantImport.Row(id: $0, label: $0, email: nil, fields: [:]) })
        let second = try ParticipantRegistry(directory: directory.path)
        let issued = try await withThrowingTaskGroup(of: ParticipantRegistry.Invitation.self) { group in
            for (index, id) in ids.enumerated() {
                group.addTask { try (index.isMultiple(of: 2) ? first : second).reissue(id: id) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        let fresh = try ParticipantRegistry(directory: directory.path)
        for invitation in issued {
            #expect(try fresh.participant(forToken: invitation.token)?.id == invitation.participant.id)
        }
        let lines = String(decoding: directory.bytes(ParticipantRegistry.fileName), as: UTF8.self).split(
            separator: "\n")
        #expect(lines.count == 40)
    }

    @Test func invitationFileHasPersonalLinks() throws {
        let directory = TemporaryDirectory()
        let registry = try ParticipantRegistry(directory: directory.path)
        let invitations = try registry.register(
            Self.read("id,label,email,schulart,region\ns1,\"Schule; A\",a@b.de,gs,N\n"))
        let bytes = InvitationList.csv(invitations, link: { "https://umfrage.example/t/\($0)" }, writer: .excel)
        let table = try CSVReader.read(bytes)
        #expect(table.header == InvitationList.header)
        let token = invitations[0].token.description
        #expect(
            table.rows.map(\.fields) == [["s1", "Schule; A", "a@b.de", token, "https://umfrage.example/t/\(token)"]])
    }
}

extension String {
    /// The text with the first occurrence of `target` replaced.
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = range(of: target) else { return self }
        return replacingCharacters(in: range, with: replacement)
    }
}
