// Loads a synthetic, valid survey definition of about 1 MB (every question type,
// German and English texts, a visibleIf and a rule per question) with
// Survey.load — parsing, linting and type-checking every expression — and
// validates answer sets against the example survey; prints medians.
import Foundation
import StrictJSON
import SurveyModel

func text(_ german: String, _ english: String) -> JSON {
    ["de": .string(german), "en": .string(english)]
}

func options(_ count: Int) -> JSON {
    .array((0..<count).map { index in
        ["value": .string("opt\(index)"), "label": text("Antwortmöglichkeit \(index) – „Schüler“", "Answer option \(index)")]
    })
}

/// One question of the given kind; every one refers to the previous number question.
func question(_ number: Int) -> JSON {
    let id = "frage\(number)"
    var fields: [JSONField] = [
        JSONField(key: "id", value: .string(id)),
        JSONField(key: "title", value: text("Wie viele Geräte hat Ihre Schule? (Nr. \(number))", "How many devices? (no. \(number))")),
        JSONField(key: "help", value: text("Bitte zählen Sie nur Geräte im Eigentum der Schule.", "Count school devices only.")),
    ]
    let previous = "frage\(number - number % 5 - 5)"
    if number >= 5 {
        fields.append(JSONField(key: "visibleIf", value: .string("\(previous) > 0 and \(previous) <= 5000")))
    }
    switch number % 5 {
    case 0:
        fields += [
            JSONField(key: "type", value: "number"), JSONField(key: "integer", value: true),
            JSONField(key: "min", value: 0), JSONField(key: "max", value: 100000),
            JSONField(key: "validate", value: [["expr": .string("\(id) <= 3 * schueler"), "message": text("Zu viele.", "Too many.")]]),
        ]
    case 1: fields += [JSONField(key: "type", value: "single"), JSONField(key: "options", value: options(6))]
    case 2:
        fields += [
            JSONField(key: "type", value: "multiple"), JSONField(key: "options", value: options(8)),
            JSONField(key: "maxSelected", value: 3),
        ]
    case 3:
        fields += [
            JSONField(key: "type", value: "matrix"),
            JSONField(key: "rows", value: .array((0..<4).map { ["value": .string("zeile\($0)"), "label": text("Zeile \($0)", "Row \($0)")] })),
            JSONField(key: "scale", value: ["from": 1, "to": 5, "labels": ["1": text("gar nicht", "not at all"), "5": text("voll", "fully")]]),
        ]
    default: fields += [JSONField(key: "type", value: "text"), JSONField(key: "multiline", value: true), JSONField(key: "maxLength", value: 2000)]
    }
    return .object(fields)
}

func syntheticDefinition(targetBytes: Int) -> [UInt8] {
    var pages: [JSON] = [[
        "id": "stammdaten", "title": text("Stammdaten", "School facts"),
        "questions": [["id": "schueler", "type": "number", "title": text("Schüler", "Pupils"), "integer": true, "min": 1]],
    ]]
    var number = 0
    var size = 0
    while size < targetBytes {
        let questions: [JSON] = (0..<20).map { _ in
            defer { number += 1 }
            return question(number)
        }
        let page: JSON = ["id": .string("seite\(pages.count)"), "title": text("Seite", "Page"), "questions": .array(questions)]
        size += page.serialized().utf8.count
        pages.append(page)
    }
    let survey: JSON = [
        "id": "benchmark", "title": text("Benchmark", "Benchmark"), "languages": ["de", "en"], "access": "token",
        "pages": .array(pages),
    ]
    return Array(survey.serialized().utf8)
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// CPU time of this thread, in milliseconds: on a machine shared with other jobs, wall time
/// measures the neighbours as much as the code.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e3 + Double(time.tv_nsec) / 1e6
}

func milliseconds(_ body: () -> Void) -> Double {
    let start = cpuMilliseconds()
    body()
    return cpuMilliseconds() - start
}

let rounds = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 15
let bytes = syntheticDefinition(targetBytes: 1_000_000)
var questionCount = 0
var parseTimes: [Double] = []
var loadTimes: [Double] = []
for _ in 0..<rounds {
    parseTimes.append(milliseconds { _ = try? JSONDocument(parsing: bytes) })
    loadTimes.append(milliseconds {
        switch Survey.load(bytes: bytes, file: "benchmark.json") {
        case .loaded(let survey, _): questionCount = survey.questions.count
        case .failed(let diagnostics):
            print(diagnostics.prefix(5).map(\.rendered).joined(separator: "\n"))
            exit(1)
        }
    })
}

// Validation: the example survey, a complete submission, as the form does on every save.
let examplePath = CommandLine.arguments.dropFirst(2).first ?? "../../surveys/digitale-bildung.json"
guard let example = Survey.load(path: examplePath).survey else {
    print("cannot load \(examplePath)")
    exit(1)
}
var answers = Answers()
for question in example.questions {
    switch question.kind {
    case .text: answers[question.id] = .text("Gymnasium am Rhein")
    case .number: answers[question.id] = .number(question.id == "medienkonzept_jahr" ? 2024 : 10)
    case .single(let settings): answers[question.id] = settings.options.first.map { .single(.option($0.value)) }
    case .multiple(let settings):
        answers[question.id] = settings.options.first.map { .multiple(MultipleChoiceAnswer(values: [$0.value])) }
    case .boolean: answers[question.id] = .boolean(true)
    case .scale: answers[question.id] = .scale(.point(3))
    case .matrix(let settings):
        answers[question.id] = .matrix(Dictionary(uniqueKeysWithValues: settings.rows.map { ($0.value, MatrixCell.point(3)) }))
    case .ranking(let settings): answers[question.id] = .ranking(settings.options.prefix(settings.effectiveRankCount).map(\.value))
    case .date: answers[question.id] = CalendarDate(iso: "2026-08-01").map(Answer.date)
    case .note: break
    }
}
let today = example.today()
let validations = 2_000
var issues = 0
var validateTimes: [Double] = []
for _ in 0..<rounds {
    validateTimes.append(milliseconds {
        for _ in 0..<validations {
            issues += example.validate(answers, participant: ["schulart": "gym"], today: today).count
        }
    })
}

print("definition: \(bytes.count) bytes, \(questionCount) questions, \(rounds) rounds; thread CPU time")
print(String(format: "JSON parse only:                median %.2f ms", median(parseTimes)))
print(String(format: "Survey.load (parse+lint+types): median %.2f ms", median(loadTimes)))
print(String(format: "ratio load / parse: %.1f×", median(loadTimes) / median(parseTimes)))
let perValidation = median(validateTimes) / Double(validations) * 1000
print(String(format: "validate one submission of %@: median %.1f µs (%d answers, %d issues in total)",
             example.id, perValidation, answers.count, issues))
