import Foundation
import Testing

@testable import SurveyStore

/// Each office action becomes one JSON line, which reads back and filters.
@Suite struct AuditLogTests {
    static let time = Timestamp(millisecondsSince1970: 1_795_000_000_123)

    @Test(
        arguments: [
            (AuditAction.signIn, nil as String?, "sign-in", "null"),
            (.failedSignIn, nil, "failed-sign-in", "null"),
            (.signOut, nil, "sign-out", "null"),
            (.userAdded, "b@kreis.de", "user-added", #""b@kreis.de""#),
            (.userDisabled, "b@kreis.de", "user-disabled", #""b@kreis.de""#),
            (.userEnabled, "b@kreis.de", "user-enabled", #""b@kreis.de""#),
            (.userRemoved, "b@kreis.de", "user-removed", #""b@kreis.de""#),
            (.userReset, "b@kreis.de", "user-reset", #""b@kreis.de""#),
            (.userMigrated, "admin", "user-migrated", #""admin""#),
            (.passwordSet, "a@kreis.de", "password-set", #""a@kreis.de""#),
            (.passwordChanged, "a@kreis.de", "password-changed", #""a@kreis.de""#),
            (.signOutEverywhere, nil, "sign-out-everywhere", "null"),
            (.responseVoided, "digitale-bildung/r-12", "response-voided", #""digitale-bildung/r-12""#),
            (.codeReissued, "digitale-bildung/s001", "code-reissued", #""digitale-bildung/s001""#),
            (.definitionChanged, "digitale-bildung", "definition-changed", #""digitale-bildung""#),
            (.definitionRestored, "digitale-bildung.json", "definition-restored", #""digitale-bildung.json""#),
            (.definitionCreated, "digitale-bildung.json", "definition-created", #""digitale-bildung.json""#),
            (.participantsUploaded, "digitale-bildung", "participants-uploaded", #""digitale-bildung""#),
            (.participantAdded, "digitale-bildung/s002", "participant-added", #""digitale-bildung/s002""#),
            (.testDataWiped, "digitale-bildung", "test-data-wiped", #""digitale-bildung""#),
            (.download, "digitale-bildung/pending.csv", "download", #""digitale-bildung/pending.csv""#),
            (.reportPublished, "digitale-bildung/0a1b", "report-published", #""digitale-bildung/0a1b""#),
            (.reportWithdrawn, "digitale-bildung/0a1b", "report-withdrawn", #""digitale-bildung/0a1b""#),
            (.shareLinkCreated, "digitale-bildung/0a1b/9f", "share-link-created", #""digitale-bildung/0a1b/9f""#),
            (.shareLinkRevoked, "digitale-bildung/0a1b/9f", "share-link-revoked", #""digitale-bildung/0a1b/9f""#),
            (.mailInvite, "digitale-bildung/round-1", "mail-invite", #""digitale-bildung/round-1""#),
            (.mailRemind, "digitale-bildung/round-2", "mail-remind", #""digitale-bildung/round-2""#),
        ])
    func line(action: AuditAction, object: String?, name: String, objectJSON: String) throws {
        let entry = AuditEntry(
            time: Self.time, accountID: "u-1", actor: "a@kreis.de", address: "192.0.2.7", action: action,
            object: object)
        #expect(
            entry.line
                == #"{"time":"2026-11-18T11:06:40.123Z","user":"u-1","actor":"a@kreis.de","address":"192.0.2.7","action":""#
                + name + #"","object":"# + objectJSON + "}")
        #expect(AuditEntry(line: Array(entry.line.utf8)) == entry)
    }

    @Test func everyActionIsCoveredByTheTable() {
        #expect(AuditAction.allCases.count == 27)
    }

    @Test func entriesAreAppendedDurablyAndFiltered() throws {
        let folder = TemporaryDirectory()
        let log = AuditLog(folder: folder.path)
        #expect(try log.entries().isEmpty)
        let entries = [
            AuditEntry(
                time: Self.time, accountID: "u-1", actor: "a@kreis.de", address: "192.0.2.7", action: .signIn,
                object: nil),
            AuditEntry(
                time: Self.time.adding(seconds: 60), accountID: nil, actor: "b@kreis.de", address: "192.0.2.8",
                action: .failedSignIn, object: nil),
            AuditEntry(
                time: Self.time.adding(seconds: 120), accountID: "u-1", actor: "a@kreis.de", address: "192.0.2.7",
                action: .responseVoided, object: "s/r-1"),
        ]
        for entry in entries { try log.append(entry) }
        // A torn last line after a crash is skipped, not fatal.
        let file = try POSIXFile.openForAppending(log.path)
        try file.append(Array(#"{"time":"2026-"#.utf8))
        #expect(try log.entries() == entries)
        #expect(try log.entries(actor: "A@Kreis.de") == [entries[0], entries[2]])
        #expect(try log.entries(action: .failedSignIn) == [entries[1]])
        #expect(try log.entries(since: Self.time.adding(seconds: 60)) == [entries[1], entries[2]])
        #expect(fileMode(log.path) == 0o600)
    }
}
