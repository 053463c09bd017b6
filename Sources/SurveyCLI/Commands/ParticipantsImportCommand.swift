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
                and one per participant field of the survey; email is optional. A participant field takes an \
                option's value or its label ('gs' or 'Grundschule'). Every problem is reported with row and \
                column, and nothing is imported unless the whole file is valid. An id registered already is an \
                error, unless --add-new skips it or --update changes its label, e-mail and fields (its token \
                stays). The invitation list (id, label, email, token, link) of the new participants is shown \
                only now: tokens are stored as hashes and cannot be shown again, only replaced with \
                'survey participants reissue'.
                """,
            arguments: [SurveyReference.survey.spec, file.spec],
            options: [
                addNew.spec, update.spec, out.spec, excel.spec, SurveyReference.baseURL.spec,
                SurveyReference.responses.spec,
            ]),
        run: run)

    static let file = CommandArgument<String>("file", help: "CSV file with the participants.")
    static let addNew = CommandOption<Bool>(
        "add-new", help: "Register the new ids and skip (and list) those registered already.")
    static let update = CommandOption<Bool>(
        "update",
        help: "Change label, e-mail and fields of the ids registered already; with --add-new, also register new ones.")
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
        let mode: ParticipantImport.Mode =
            switch (arguments[addNew], arguments[update]) {
            case (false, false): .registerNew
            case (true, false): .addNew
            case (false, true): .update
            case (true, true): .addNewAndUpdate
            }
        let invitations: [ParticipantRegistry.Invitation]
        let checked: ParticipantImport.Checked
        do {
            let existing = Set(try registry.all().map(\.id))
            checked = try ParticipantImport.read(
                Array(bytes), fields: survey.participantFields.map(ParticipantFieldRule.init), existingIDs: existing,
                mode: mode)
            invitations = try registry.register(checked.new)
            if arguments[update] { try registry.update(checked.existing) }
        } catch let errors as ParticipantImportErrors {
            for error in errors.errors { console.printError("\(file): \(error.description)") }
            console.printError(
                "survey: nothing imported: \(errors.errors.count) problem\(errors.errors.count == 1 ? "" : "s") in \(file)"
            )
            if errors.errors.contains(where: { if case .alreadyRegistered = $0 { true } else { false } }) {
                console.printError(
                    "survey: note: --add-new skips the ids registered already, --update changes their details")
            }
            return .failure
        } catch {
            console.printError("survey: error: \(error)")
            return .failure
        }
        report(checked, mode: mode, console: console)
        guard !invitations.isEmpty else {
            console.printError("No new participants; nobody was invited.")
            return .success
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

    /// Names the rows that were registered already: skipped or updated.
    private static func report(_ checked: ParticipantImport.Checked, mode: ParticipantImport.Mode, console: Console) {
        guard !checked.existing.isEmpty else { return }
        let ids = checked.existing.map(\.id).joined(separator: ", ")
        let count = checked.existing.count
        let noun = count == 1 ? "participant" : "participants"
        if mode == .addNew {
            console.printError("Skipped \(count) \(noun) registered already: \(ids)")
        } else {
            console.printError("Updated \(count) \(noun): \(ids)")
        }
    }
}
