// Parses a synthetic survey definition of about 1 MB (pages of questions with
// German labels, escapes, nested options and expressions) with StrictJSON and
// with Foundation's JSONSerialization, alternating, and prints medians.
import Foundation
import StrictJSON

func syntheticDefinition(targetBytes: Int) -> [UInt8] {
    var pages: [JSON] = []
    var questionNumber = 0
    var size = 0
    while size < targetBytes {
        var questions: [JSON] = []
        for _ in 0..<20 {
            questionNumber += 1
            let options: [JSON] = (0..<8).map { index in
                ["value": .string("opt\(index)"),
                 "label": ["de": .string("Antwortmöglichkeit \(index) – „Schülerinnen und Schüler“"),
                           "en": .string("Answer option \(index) \"pupils\"")]]
            }
            questions.append([
                "id": .string("frage\(questionNumber)"),
                "type": "single",
                "title": ["de": .string("Wie zufrieden sind Sie mit der Ausstattung Nr. \(questionNumber)?\nBitte wählen."),
                          "en": .string("How satisfied are you with equipment no. \(questionNumber)?")],
                "required": true,
                "visibleIf": .string("frage\(max(1, questionNumber - 1)) != 'opt0' and schueler >= 100"),
                "options": .array(options),
                "validate": [["expr": "count(frage1) <= 3", "message": "Höchstens drei.", "weight": 12.5e-1]],
            ])
        }
        let page: JSON = ["id": .string("seite\(pages.count + 1)"), "title": "Seite", "questions": .array(questions)]
        size += page.serialized().utf8.count
        pages.append(page)
    }
    let survey: JSON = ["id": "benchmark", "title": "Benchmark", "languages": ["de", "en"], "pages": .array(pages)]
    return Array(survey.serialized().utf8)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
}

let bytes = syntheticDefinition(targetBytes: 1_000_000)
let data = Data(bytes)
let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 30
var strict: [Double] = []
var foundation: [Double] = []
var checksum = 0
for _ in 0..<rounds {
    strict.append(try milliseconds {
        let document = try JSONDocument(parsing: bytes)
        checksum &+= document.root["pages"]?.count ?? 0
    })
    foundation.append(try milliseconds {
        let object = try JSONSerialization.jsonObject(with: data)
        checksum &+= (object as? [String: Any])?.count ?? 0
    })
}
let strictMedian = median(strict)
let foundationMedian = median(foundation)
print("input: \(bytes.count) bytes, \(rounds) alternating rounds (checksum \(checksum))")
print(String(format: "StrictJSON parse:            median %.2f ms  (%.0f MB/s)", strictMedian, Double(bytes.count) / strictMedian / 1e3))
print(String(format: "Foundation JSONSerialization: median %.2f ms  (%.0f MB/s)", foundationMedian, Double(bytes.count) / foundationMedian / 1e3))
print(String(format: "ratio Foundation / StrictJSON: %.1f×", foundationMedian / strictMedian))
