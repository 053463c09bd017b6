// libFuzzer entry point for answers: form input, stored JSON and validation,
// against the survey named by SURVEY_FUZZ_DEFINITION (run.sh passes
// surveys/digitale-bildung.json).
//
// An input is a list of lines. A line that starts with `{` is a whole stored
// response (`Answers(json:in:)`); any other line answers one question: its
// first byte picks the question, its second how the rest is read, and the rest
// holds values separated by `|`; a line starting with `@` sets the
// participant's first field. Every answer that reads must survive the
// form round trip (answer → shown input → answer) in German and English and
// the storage round trip (answer → JSON → answer) unchanged; every validation
// message must be non-empty. Nothing may trap.

import Foundation
import StrictJSON
import SurveyModel

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzAnswers(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var answers: [String: Answer] = [:]
    var participant: [String: String] = [:]
    for line in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
        if line.first == UInt8(ascii: "{") {
            storedResponse(Array(line))
        } else if line.first == UInt8(ascii: "@"), let field = survey.participantFields.first {
            // The participant's first field, e.g. the school type, as its option or as the text given.
            let text = String(decoding: line.dropFirst(), as: UTF8.self)
            let picked = line.dropFirst().first.flatMap { field.options.indices.contains(Int($0)) ? field.options[Int($0)] : nil }
            participant[field.id] = picked?.value ?? text
        } else if let (question, answer) = formAnswer(line) {
            answers[question.id] = answer
        }
    }
    validate(Answers(answers), participant: participant)
    return 0
}

private let survey: Survey = {
    guard let path = ProcessInfo.processInfo.environment["SURVEY_FUZZ_DEFINITION"],
        let survey = Survey.load(path: path).survey
    else { fatalError("set SURVEY_FUZZ_DEFINITION to a survey that loads") }
    return survey
}()

private let today = CalendarDate(year: 2026, month: 11, day: 27) ?? { fatalError("bad date") }()

/// Reads one line as form input for the question its first byte picks.
private func formAnswer(_ line: ArraySlice<UInt8>) -> (Question, Answer)? {
    guard line.count >= 2, let selector = line.first, let mode = line.dropFirst().first else { return nil }
    // "0" picks the first question, so that seeds stay readable.
    let count = survey.questions.count
    let question = survey.questions[(Int(selector) - 48 + 256 * count) % count]
    let parts = line.dropFirst(2).split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false)
        .map { String(decoding: $0, as: UTF8.self) }
    let language = mode & 1 == 0 ? "de" : "en"
    if mode & 2 != 0 {
        // The rest is a stored answer of this question.
        guard let document = try? JSONDocument(parsing: Array(line.dropFirst(2))),
            let answer = try? Answer(json: JSON(document.root), for: question)
        else { return nil }
        checkStorage(answer, of: question)
        return (question, answer)
    }
    var raw = RawAnswer(values: parts)
    if case .matrix(let settings) = question.kind {
        raw = RawAnswer(rows: Dictionary(zip(settings.rows.map(\.value), parts)) { first, _ in first })
    } else if mode & 4 != 0, let last = parts.last {
        raw = RawAnswer(values: parts.dropLast(), other: last)
    }
    guard let answer = try? question.answer(from: raw, language: language) else { return nil }
    for shownIn in ["de", "en"] {
        let shown = question.rawAnswer(for: answer, language: shownIn)
        let again: Answer?
        do {
            again = try question.answer(from: shown, language: shownIn)
        } catch {
            fatalError("\(question.id): \(answer) is shown as \(shown), which does not read: \(error)")
        }
        guard again == answer else { fatalError("\(question.id): \(answer) is shown as \(shown), read as \(String(describing: again))") }
    }
    checkStorage(answer, of: question)
    return (question, answer)
}

/// An answer written to JSON, serialized and parsed again must read back equal.
private func checkStorage(_ answer: Answer, of question: Question) {
    do {
        let reparsed = try JSONDocument(parsing: answer.json.serialized())
        let again = try Answer(json: JSON(reparsed.root), for: question)
        guard again == answer else { fatalError("\(question.id): \(answer) is stored and read back as \(again)") }
    } catch {
        fatalError("\(question.id): \(answer) is stored as \(answer.json), which does not read back: \(error)")
    }
}

/// A whole stored response: if it reads, it is validated and must store and read back equal.
private func storedResponse(_ bytes: [UInt8]) {
    guard let document = try? JSONDocument(parsing: bytes),
        let answers = try? Answers(json: JSON(document.root), in: survey)
    else { return }
    do {
        let reparsed = try JSONDocument(parsing: answers.json(in: survey).serialized())
        guard try Answers(json: JSON(reparsed.root), in: survey) == answers else {
            fatalError("stored response changed on a round trip")
        }
    } catch {
        fatalError("stored response does not read back: \(error)")
    }
    validate(answers, participant: [:])
}

private func validate(_ answers: Answers, participant: [String: String]) {
    let first = survey.validate(answers, participant: participant, today: today)
    let pageIDs = Set(survey.pages.prefix(2).map(\.id))
    _ = survey.validate(answers, participant: participant, today: today, pages: pageIDs)
    for issue in first where issue.message(in: "de").isEmpty || issue.message(in: "en").isEmpty {
        fatalError("empty message for \(issue)")
    }
    guard survey.validate(answers, participant: participant, today: today) == first else {
        fatalError("validation is not deterministic")
    }
}
