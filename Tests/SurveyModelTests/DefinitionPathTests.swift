import Testing

@testable import SurveyModel

@Suite struct DefinitionPathTests {
    @Test func writesAndReadsTheUsualNotation() {
        let path = DefinitionPath.root.appending("pages").appending(1).appending("questions").appending(0)
            .appending("title").appending("de")
        #expect(path.description == "pages[1].questions[0].title.de")
        #expect(DefinitionPath(parsing: path.description) == path)
        #expect(DefinitionPath(parsing: "$schema") == DefinitionPath.root.appending("$schema"))
        #expect(DefinitionPath(parsing: "") == .root)
    }

    @Test func rejectsWhatIsNoPath() {
        for text in ["pages[", "pages[x]", "pages[-1]", "pages..id", ".id", "pages[0]id", "a b", "pages[0]."] {
            #expect(DefinitionPath(parsing: text) == nil, "\(text)")
        }
    }

    @Test func knowsWhatLiesBelow() {
        let page = DefinitionPath(parsing: "pages[2]")!
        #expect(page.contains(DefinitionPath(parsing: "pages[2].questions[0]")!))
        #expect(!page.contains(DefinitionPath(parsing: "pages[3]")!))
        #expect(DefinitionPath(parsing: "pages[2].id")!.parent == page)
    }
}
