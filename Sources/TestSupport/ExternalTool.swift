import Foundation
import Testing

/// A program some tests run to check our output the way its readers meet it (an XML parser, a
/// browser, a spreadsheet), which a machine with only the Swift toolchain does not have.
///
/// Such tests carry the trait `.requires(tool)`: where the program is missing they are skipped with
/// a reason that names what to install, so `swift test` passes with the toolchain alone. Under
/// continuous integration they run anyway, and ``run(_:input:sourceLocation:)`` records the
/// missing program as a failure, so CI proves every one of them.
package struct ExternalTool: Sendable {
    /// The command looked up on `PATH`.
    package let command: String
    /// What the tool is called in messages, when that is more than its command.
    package let name: String
    /// Where to get it, for the reason a test is skipped.
    package let installation: String
    /// The program's full path, or nil when it is not on `PATH` or fails its probe.
    package let path: String?

    /// Looks the program up once.
    /// - Parameters:
    ///   - probe: arguments of a quick run that must exit with 0, for a tool that needs more than
    ///     its command to be present (a Python module).
    ///   - environment: whose `PATH` to search.
    package init(
        command: String, name: String? = nil, installation: String, probe: [String]? = nil,
        environment: TestEnvironment = .current
    ) {
        self.command = command
        self.name = name ?? command
        self.installation = installation
        let found = environment.searchPath.map { "\($0)/\(command)" }.first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
        if let found, let probe, (try? Self.launch(found, probe, input: nil).status) != 0 {
            path = nil
        } else {
            path = found
        }
    }

    package static let xmllint = ExternalTool(command: "xmllint", installation: "Debian package libxml2-utils")
    package static let rsvgConvert = ExternalTool(command: "rsvg-convert", installation: "Debian package librsvg2-bin")
    package static let chromium = ExternalTool(command: "chromium", installation: "Debian package chromium")
    package static let libreOffice = ExternalTool(
        command: "soffice", name: "soffice (LibreOffice Calc)", installation: "Debian package libreoffice-calc-nogui")
    package static let pdftoppm = ExternalTool(command: "pdftoppm", installation: "Debian package poppler-utils")
    package static let pdftotext = ExternalTool(command: "pdftotext", installation: "Debian package poppler-utils")
    package static let jsonSchemaValidator = ExternalTool(
        command: "python3", name: "python3 with the jsonschema module",
        installation: "Debian package python3-jsonschema, or pip install jsonschema",
        probe: ["-c", "import jsonschema"])
    package static let unzip = ExternalTool(command: "unzip", installation: "Debian package unzip")
    package static let python = ExternalTool(command: "python3", installation: "Debian package python3")
    package static let openpyxl = ExternalTool(
        command: "python3", name: "python3 with the openpyxl module",
        installation: "pip install openpyxl, or Debian package python3-openpyxl", probe: ["-c", "import openpyxl"])

    package static let duckDB = ExternalTool(
        command: "python3", name: "python3 with the duckdb module", installation: "pip install duckdb",
        probe: ["-c", "import duckdb"])
    package static let pyArrow = ExternalTool(
        command: "python3", name: "python3 with the pyarrow module", installation: "pip install pyarrow",
        probe: ["-c", "import pyarrow.parquet"])
    package static let rscript = ExternalTool(command: "Rscript", installation: "Debian package r-base-core")

    package static let pspp = ExternalTool(
        command: "pspp", name: "pspp (GNU PSPP)", installation: "Debian package pspp")
    package static let pyreadstat = ExternalTool(
        command: "python3", name: "python3 with the pyreadstat module", installation: "pip install pyreadstat",
        probe: ["-c", "import pyreadstat"])

    package static let aiosmtpd = ExternalTool(
        command: "python3", name: "python3 with the aiosmtpd module", installation: "pip install aiosmtpd",
        probe: ["-c", "import aiosmtpd"])
    package static let msmtp = ExternalTool(command: "msmtp", installation: "Debian package msmtp")

    /// Every program a test of this package runs; CI must have them all.
    package static let all: [ExternalTool] = [
        xmllint, rsvgConvert, chromium, libreOffice, pdftoppm, pdftotext, jsonSchemaValidator,
        unzip, python, openpyxl, duckDB, pyArrow, rscript, pspp, pyreadstat, aiosmtpd, msmtp,
    ]

    /// Whether the program can be run here.
    package var isAvailable: Bool { path != nil }

    /// Why a test that needs the program is skipped here, naming what to install.
    package var missingReason: String { "\(name) not found on PATH (\(installation))" }

    /// The outcome of one run.
    package struct Outcome: Sendable {
        /// The exit status.
        package var status: Int32
        /// Standard output and standard error together, for the message of a failed expectation.
        package var output: String
    }

    /// Runs the program to the end.
    ///
    /// A missing program is recorded as an issue, never a silent pass: a test only gets here
    /// when the program was found or when CI insists on it.
    /// - Parameter input: the program's standard input; empty when nil.
    /// - Returns: the outcome, or nil (with an issue recorded) when the program is missing.
    /// - Throws: when the program cannot be started.
    package func run(_ arguments: [String], input: String? = nil, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Outcome?
    {
        guard let path else {
            Issue.record("\(missingReason); CI must install it", sourceLocation: sourceLocation)
            return nil
        }
        return try Self.launch(path, arguments, input: input)
    }

    private static func launch(_ path: String, _ arguments: [String], input: String?) throws -> Outcome {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        // The input comes from a file, not a pipe: a program that exits without reading it all
        // must not kill the test process with SIGPIPE, nor block it on a full pipe.
        var inputFile: URL?
        defer { inputFile.map { try? FileManager.default.removeItem(at: $0) } }
        if let input {
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("tool-input-\(UUID().uuidString)")
            inputFile = file
            try Data(input.utf8).write(to: file)
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            process.standardInput = handle
            try process.run()
        } else {
            process.standardInput = FileHandle.nullDevice
            try process.run()
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }
}
