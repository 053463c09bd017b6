import HTTPServer
import HTTPServerTesting
import Testing

@testable import SurveyWeb

/// The live report's filter for people who do not write expressions: the builder, forgiving
/// reading of the text field, German messages and filters that match nothing.
@Suite struct ReportFilterTests {
    func report(_ query: String) async throws -> HTTPResponse {
        let site = try TestSite()
        var office = try await site.office()
        return await office.get("/admin/s/alle-typen/report?" + query)
    }

    @Test func builderWritesTheExpression() async throws {
        let page = try await report("subject=participant.schulart&op=eq&value=gym&builder=apply&lang=de")
        #expect(page.status == .ok)
        #expect(page.text.contains("value=\"participant.schulart == &#39;gym&#39;\""))
        #expect(page.text.contains("<option value=\"gym\" selected=\"\">Gymnasium</option>"))
        #expect(page.text.contains("href=\"/assets/report-controls.css\""))
        let numbers = try await report("subject=anzahl&op=ge&value=2,5&builder=apply")
        #expect(numbers.text.contains("value=\"anzahl &gt;= 2.5\""))
        let excluded = try await report("subject=viele&op=excludes&value=m1&builder=apply")
        #expect(excluded.text.contains("value=\"not (viele contains &#39;m1&#39;)\""))
    }

    @Test func choosingASubjectOffersItsValuesWithoutScript() async throws {
        let page = try await report("subject=art&op=eq&value=&builder=choose")
        #expect(page.status == .ok)
        #expect(page.text.contains("<select id=\"value\" name=\"value\"><option value=\"a\">"))
        #expect(page.text.contains("<option value=\"ne\">ist nicht</option>"))
        #expect(!page.text.contains("<option value=\"contains\""))
    }

    @Test func textFieldReadsEqualsFieldAndLabelWithNotes() async throws {
        let page = try await report("filter=Schulart%20%3D%20Grundschule")
        #expect(page.status == .ok)
        #expect(page.text.contains("value=\"participant.schulart == &#39;gs&#39;\""))
        #expect(page.text.contains("„=“ wurde als „==“ gelesen."))
        #expect(page.text.contains("„Schulart“ wurde als Teilnehmerfeld participant.schulart gelesen."))
        #expect(page.text.contains("„Grundschule“ wurde als Wert &#39;gs&#39; gelesen"))
        let quoted = try await report("filter=art%20%3D%3D%20%27Option%20B%27")
        #expect(quoted.text.contains("value=\"art == &#39;b&#39;\""))
    }

    @Test func messagesAreGermanOnAGermanPage() async throws {
        let page = try await report("filter=anzahl%20%3E%20%27abc%27")
        #expect(page.status == .badRequest)
        #expect(page.text.contains("Der Filter lässt sich nicht verwenden: „&gt;“ kann anzahl (eine Zahl) nicht mit"))
        #expect(!page.text.contains("cannot compare"))
    }

    @Test func filterThatMatchesNothingSaysSo() async throws {
        let contradiction = try await report("filter=art%20%3D%3D%20%27a%27%20and%20art%20%3D%3D%20%27b%27")
        #expect(contradiction.status == .ok)
        #expect(contradiction.text.contains("Dieser Filter kann auf keine Antwort zutreffen"))
        let noSuchValue = try await report("filter=art%20%3D%3D%20%27zzz%27")
        #expect(
            noSuchValue.text.contains("Dieser Filter trifft auf keine Antwort zu: „zzz“ ist keine Option von „art“"))
        let fine = try await report("filter=art%20%3D%3D%20%27a%27")
        #expect(!fine.text.contains("keine Antwort zu"))
    }
}
