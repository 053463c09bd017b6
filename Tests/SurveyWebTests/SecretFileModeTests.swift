import Foundation
import SurveyStore
import Testing

@testable import SurveyWeb

/// The signing key, the accounts with their password hashes, the sessions and the audit log are the server's user's only.
struct SecretFileModeTests {
    func mode(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue
    }

    @Test func keyAccountSessionAndAuditFilesAreForTheOwnerOnly() async throws {
        let site = try TestSite()
        #expect(mode(site.responses) == 0o700)
        #expect(mode(site.responses + "/" + SecretKeyFile.fileName) == 0o600)
        let accounts = site.responses + "/" + AccountDirectory.fileName
        // A file someone made readable to others is replaced by a private one at the next change.
        #expect(
            FileManager.default.createFile(
                atPath: accounts, contents: Data(#"{"version":1,"accounts":[]}"#.utf8),
                attributes: [.posixPermissions: 0o644]))
        _ = try await site.office()
        for file in [AccountDirectory.fileName, OfficeSessionStore.fileName, AuditLog.fileName] {
            #expect(mode(site.responses + "/" + file) == 0o600, "\(file)")
        }
    }
}
