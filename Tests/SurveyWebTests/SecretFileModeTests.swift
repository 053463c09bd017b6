import Foundation
import Testing

@testable import SurveyWeb

/// The signing key and the office password's hash are readable by the server's user only.
struct SecretFileModeTests {
    func mode(_ path: String) -> Int? {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue
    }

    @Test func keyAndPasswordFilesAreForTheOwnerOnly() throws {
        let site = try TestSite()
        #expect(mode(site.responses) == 0o700)
        #expect(mode(site.responses + "/" + SecretKeyFile.fileName) == 0o600)
        let password = site.responses + "/" + OfficeAccess.passwordFileName
        #expect(FileManager.default.createFile(atPath: password, contents: nil, attributes: [.posixPermissions: 0o644]))
        try OfficeAccess.setPassword("Korrekt-Pferd-Batterie", file: password, iterations: 10)
        #expect(mode(password) == 0o600)
    }
}
