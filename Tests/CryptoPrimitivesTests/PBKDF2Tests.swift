import CryptoPrimitives
import Glibc
import Testing

/// PBKDF2-HMAC-SHA256 against RFC 7914 §11.
struct PBKDF2Tests {
    @Test func rfc7914SingleIteration() {
        let key = PBKDF2.deriveKey(
            password: Array("passwd".utf8), salt: Array("salt".utf8), iterations: 1, byteCount: 64)
        #expect(
            Hex.encode(key)
                == "55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc"
                + "49ca9cccf179b645991664b39d77ef317c71b845b1e30bd509112041d3a19783")
    }

    /// 80,000 iterations take seconds in a debug build; set SURVEY_SLOW_TESTS=1
    /// (or run `swift test -c release`) to include it.
    @Test(.enabled(if: slowTestsEnabled, "set SURVEY_SLOW_TESTS=1"))
    func rfc7914EightyThousandIterations() {
        let key = PBKDF2.deriveKey(
            password: Array("Password".utf8), salt: Array("NaCl".utf8), iterations: 80_000, byteCount: 64)
        #expect(
            Hex.encode(key)
                == "4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
                + "a1d425a1225833549adb841b51c9b3176a272bdebba1d078478f62b397f33c8d")
    }

    @Test func shorterOutputIsPrefix() {
        let long = PBKDF2.deriveKey(password: [1, 2, 3], salt: [4], iterations: 3, byteCount: 40)
        let short = PBKDF2.deriveKey(password: [1, 2, 3], salt: [4], iterations: 3, byteCount: 20)
        #expect(long.count == 40)
        #expect(Array(long.prefix(20)) == short)
    }
}

/// Whether tests that take seconds in a debug build should run.
private let slowTestsEnabled: Bool = {
    #if DEBUG
        getenv("SURVEY_SLOW_TESTS") != nil
    #else
        true
    #endif
}()
