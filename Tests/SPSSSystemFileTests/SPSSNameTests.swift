import SPSSSystemFile
import Testing

/// Export names become valid, unique SPSS names, and valid ones stay as they are.
struct SPSSNameTests {
    @Test func validNamesStay() {
        let names = ["schulart", "wlan_nutzer_gaeste", "Q1", "a.b", "x@y#z$"]
        #expect(names.allSatisfy(SPSSName.isValid))
        #expect(SPSSName.uniqueNames(for: names) == names)
    }

    @Test func invalidNamesAreRepaired() {
        let long = String(repeating: "a", count: 70)
        #expect(
            SPSSName.uniqueNames(for: ["to", "WITH", "geräte-typ", "1_frage", "ende.", long])
                == ["to_2", "WITH_2", "ger_te_typ", "v1_frage", "ende_", String(repeating: "a", count: 64)])
        #expect(!SPSSName.isValid(long))
        #expect(!SPSSName.isValid("by"))
        #expect(!SPSSName.isValid("_x"))
    }

    /// SPSS does not tell names apart by case, and a name cut to 64 bytes may meet another.
    @Test func collisionsGetNumbers() {
        let long = String(repeating: "b", count: 64)
        #expect(SPSSName.uniqueNames(for: ["Q1", "q1", "q1_2"]) == ["Q1", "q1_2", "q1_2_2"])
        #expect(
            SPSSName.uniqueNames(for: [long + "x", long + "y"])
                == [long, String(repeating: "b", count: 62) + "_2"])
    }
}
