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

/// A response-log-like JSONL text: one submission per line with ~40 answers.
func syntheticLog(lines: Int) -> [UInt8] {
    var bytes: [UInt8] = []
    for number in 0..<lines {
        var answers: [JSONField] = []
        for question in 0..<40 {
            let value: JSON
            switch question % 5 {
            case 0: value = .string("option\(question % 7)")
            case 1: value = .number(Double(number % 500 + question))
            case 2: value = .array(["a", "c", "d"])
            case 3: value = ["ausreichend": 4, "aktuell": 2, "zuverlaessig": "na"]
            default: value = .string("Freitext mit Umlauten: Schüler \(number)")
            }
            answers.append(JSONField(key: "frage\(question)", value: value))
        }
        let record: JSON = [
            "kind": "submit", "response": .string("r-\(number)"), "revision": 1,
            "at": "2026-11-27T05:00:00.123Z", "version": "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
            "participant": .string("p-\(number % 900)"), "key": "k7QX-9M2A-55TT", "answers": .object(answers),
        ]
        record.write(to: &bytes)
        bytes.append(UInt8(ascii: "\n"))
    }
    return bytes
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
let log = syntheticLog(lines: 20_000)
var logTimes: [Double] = []
for _ in 0..<max(3, rounds / 3) {
    logTimes.append(try milliseconds {
        var start = 0
        while let newline = log[start...].firstIndex(of: UInt8(ascii: "\n")) {
            let document = try JSONDocument(parsing: Array(log[start..<newline]))
            checksum &+= document.root["answers"]?.count ?? 0
            start = newline + 1
        }
    })
}
let logMedian = median(logTimes)
print("input: \(bytes.count) bytes, \(rounds) alternating rounds (checksum \(checksum))")
print(String(format: "StrictJSON parse:            median %.2f ms  (%.0f MB/s)", strictMedian, Double(bytes.count) / strictMedian / 1e3))
print(String(format: "Foundation JSONSerialization: median %.2f ms  (%.0f MB/s)", foundationMedian, Double(bytes.count) / foundationMedian / 1e3))
print(String(format: "StrictJSON log lines:        median %.2f ms for %d bytes in 20,000 lines  (%.0f MB/s)", logMedian, log.count, Double(log.count) / logMedian / 1e3))
print(String(format: "ratio Foundation / StrictJSON: %.1f×", foundationMedian / strictMedian))
