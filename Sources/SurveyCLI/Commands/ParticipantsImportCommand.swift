import ArgumentParsing
import CSVCodec
import CryptoPrimitives
import Foundation
import SurveyModel
import SurveyStore

/// `survey participants import <survey> <file.csv>`: registers participants and prints their invitations.
enum ParticipantsImportCommand {
    static let node = CommandNode(
        CommandSpec(
            name: "import",
            abstract: "Register participants from a CSV file and print each one's personal link, once.",
            discussion: """
                The CSV file (UTF-8 with or without BOM, separated by ',' or ';') needs the columns id, label \
                and one per participant field of the survey; email is optional. Every problem is reported with \
                row and column, and nothing is imported unless the whole file is valid. The invitation list \
                (id, label, email, token, link) is shown only now: tokens are stored as hashes and cannot be \
                shown again, only replaced with 'survey participants reissue'.
                """,
            arguments: [SurveyReference.survey.spec, file.spec],
            options: [out.spec, excel.spec, SurveyReference.baseURL.spec, SurveyReference.responses.spec]),
        run: run)

    static let file = CommandArgument<String>("file", help: "CSV file with the participants.")
    static let out = CommandOption<String?>(
        "out", value: "file", help: "Write the invitation list to this new file instead of standard output.")
    static let excel = CommandOption<Bool>(
        "excel", help: "Write the invitation list for Excel: ';' and a byte-order mark.")

    static func run(_ arguments: ParsedArguments, console: Console) -> ExitCode {
        let reference = SurveyReference(arguments)
        let file = arguments[Self.file]
        let out = arguments[Self.out]
        if let out, FileManager.default.fileExists(atPath: out) {
            console.printError(
                "survey: error: \(out) already exists; choose a new file so no earlier invitations are overwritten")
            return .usage
        }
        guard let survey = reference.loadSurvey(console: console) else { return .failure }
        guard let bytes = FileManager.default.contents(atPath: file) else {
            console.printError("survey: error: cannot read \(file)")
            return .failure
        }
        guard let registry = reference.openParticipants(console: console) else { return .failure }
        let rules = survey.participantFields.map {
            ParticipantFieldRule(name: $0.id, allowedValues: $0.options.map(\.value))
        }
        let invitations: [ParticipantRegistry.Invitation]
        do {
            let existing = Set(try registry.all().map(\.id))
            let rows = try ParticipantImport.read(Array(bytes), fields: rules, existingIDs: existing)
            invitations = try registry.register(rows)
        } catch let errors as ParticipantImportErrors {
            for error in errors.errors { console.printError("\(file): \(error.description)") }
            console.printError(
                "survey: nothing imported: \(errors.errors.count) problem\(errors.errors.count == 1 ? "" : "s") in \(file)"
            )
            return .failure
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
        let baseURL = arguments[SurveyReference.baseURL]
        let csv = InvitationList.csv(
            invitations, link: { SurveyReference.link(baseURL: baseURL, token: $0.description) },
            writer: arguments[excel] ? .excel : .standard)
        if let out {
            do {
                try PrivateFiles.writeNew(csv, to: out)
                console.printError(
                    "Imported \(invitations.count) participants; invitations written to \(out). Keep that file safe: the tokens cannot be shown again."
                )
                return .success
            } catch {
                console.printError(
                    "survey: error: cannot write \(out) (\(String(cString: strerror(error.code)))); the invitations follow here instead"
                )
            }
        }
        console.write(data: String(decoding: csv, as: UTF8.self))
        console.printError("Imported \(invitations.count) participants. The tokens above cannot be shown again.")
        return .success
    }
}
