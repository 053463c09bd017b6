import CryptoPrimitives
import Foundation
import SurveyStore
import Testing

/// Tokens a reminder can compute again: the link key, the seed in the token record, old files.
struct DerivableTokenTests {
    static let key = LinkKey(bytes: Array(repeating: 7, count: 32))

    static func registry(_ directory: TemporaryDirectory) throws -> ParticipantRegistry {
        let registry = try ParticipantRegistry(directory: directory.path)
        _ = try registry.register([
            ParticipantImport.Row(id: "s001", label: "Grundschule Nord", email: "gs@nord.example", fields: [:]),
            ParticipantImport.Row(id: "s002", label: "Realschule Süd", email: nil, fields: [:]),
        ])
        return registry
    }

    @Test func theIssuedTokenCanBeComputedAgainAndOpensTheSurvey() throws {
        let directory = TemporaryDirectory()
        let registry = try Self.registry(directory)
        #expect(try registry.currentToken(of: "s001", key: Self.key, surveyID: "umfrage") == nil)
        let invitation = try registry.issueDerivableToken(id: "s001", key: Self.key, surveyID: "umfrage")
        let again = try ParticipantRegistry(directory: directory.path)
        #expect(try again.currentToken(of: "s001", key: Self.key, surveyID: "umfrage") == invitation.token)
        #expect(try again.participant(forToken: invitation.token)?.id == "s001")
        // Another survey or another key computes something else, which the check refuses.
        #expect(try again.currentToken(of: "s001", key: Self.key, surveyID: "andere") == nil)
        let otherKey = LinkKey(bytes: Array(repeating: 8, count: 32))
        #expect(try again.currentToken(of: "s001", key: otherKey, surveyID: "umfrage") == nil)
        let text = String(decoding: directory.bytes("participants.jsonl"), as: UTF8.self)
        #expect(text.contains(#""seed":""#))
        #expect(!text.contains(invitation.token.symbols))
    }

    @Test func aReissueReplacesTheDerivedTokenWithARandomOne() throws {
        let directory = TemporaryDirectory()
        let registry = try Self.registry(directory)
        let derived = try registry.issueDerivableToken(id: "s001", key: Self.key, surveyID: "umfrage")
        let reissued = try registry.reissue(id: "s001")
        #expect(try registry.currentToken(of: "s001", key: Self.key, surveyID: "umfrage") == nil)
        #expect(try registry.participant(forToken: derived.token) == nil)
        #expect(try registry.participant(forToken: reissued.token)?.id == "s001")
        #expect(try registry.participant(id: "s001")?.sessionGeneration == 2)
    }

    @Test func filesWithoutSeedsStillRead() throws {
        let directory = TemporaryDirectory()
        directory.write(
            "participants.jsonl",
            Array(
                """
                {"kind":"participant","id":"s017","label":"Grundschule Am Park","email":"verwaltung@gs-ampark.de","fields":{},"token":"3b9d","time":"2026-11-20T07:30:00.000Z"}
                {"kind":"token","id":"s017","token":"a41f","time":"2026-11-24T12:05:13.871Z"}

                """.utf8))
        let registry = try ParticipantRegistry(directory: directory.path)
        #expect(try registry.participant(id: "s017")?.tokenHash == "a41f")
        #expect(try registry.currentToken(of: "s017", key: Self.key, surveyID: "umfrage") == nil)
    }

    @Test func theKeyFileIsCreatedOncePrivateAndReadBack() throws {
        let directory = TemporaryDirectory()
        let path = directory.file(".link-key")
        let first = try LinkKey.loadOrCreate(at: path)
        #expect(fileMode(path) == 0o600)
        let second = try LinkKey.loadOrCreate(at: path)
        let seed = [UInt8](repeating: 1, count: 16)
        #expect(
            first.token(surveyID: "u", participantID: "p", seed: seed)
                == second.token(surveyID: "u", participantID: "p", seed: seed))
        directory.write(".link-key", Array("zz\n".utf8))
        #expect(throws: StoreError.self) { try LinkKey.loadOrCreate(at: path) }
        #expect(SurveyFolder(responsesRoot: "responses", surveyID: "umfrage").linkKey == "responses/.link-key")
    }

    @Test func derivedTokensUseTheWholeAlphabetAndAreStable() {
        let bytes = (0..<32).map { UInt8($0 * 7 & 0xff) }
        let token = AccessToken(derivedFrom: bytes)
        #expect(token?.symbols.count == AccessToken.symbolCount)
        #expect(AccessToken(derivedFrom: bytes) == token)
        #expect(AccessToken(derivedFrom: Array(bytes.prefix(17))) == nil)
        #expect(AccessToken(derivedFrom: Array(repeating: 0, count: 32))?.symbols == String(repeating: "2", count: 28))
    }
}
