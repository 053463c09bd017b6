/// Renders `--help` text from a `CommandSpec`, so help and parser never disagree.
enum HelpFormatter {
    static let width = 80

    static func help(for command: CommandSpec, path: [String]) -> String {
        let argumentRows = command.arguments.map { ("<\($0.name)>", $0.help) }
        let optionRows = (command.options + [OptionSpec.help]).map { (label(of: $0), optionHelp($0)) }
        let commandRows = command.subcommands.map { ($0.name, $0.abstract) }
        // One label column for all sections, so the help reads as one table.
        let labelWidth = min(30, (argumentRows + optionRows + commandRows).map(\.0.count).max() ?? 0)
        var lines: [String] = []
        lines.append(command.abstract)
        lines.append("")
        lines.append("USAGE: " + usage(for: command, path: path))
        if let discussion = command.discussion {
            lines.append("")
            lines.append(contentsOf: wrap(discussion, width: width, indent: ""))
        }
        if !command.arguments.isEmpty {
            lines.append("")
            lines.append("ARGUMENTS:")
            lines.append(contentsOf: table(argumentRows, labelWidth: labelWidth))
        }
        lines.append("")
        lines.append("OPTIONS:")
        lines.append(contentsOf: table(optionRows, labelWidth: labelWidth))
        if !command.subcommands.isEmpty {
            lines.append("")
            lines.append("COMMANDS:")
            lines.append(contentsOf: table(commandRows, labelWidth: labelWidth))
            lines.append("")
            lines.append("Run '\((path + ["<command>", "--help"]).joined(separator: " "))' for a command's options.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func usage(for command: CommandSpec, path: [String]) -> String {
        var parts = path
        if !command.subcommands.isEmpty {
            parts.append("<command>")
        } else {
            if !command.options.isEmpty { parts.append("[options]") }
            for argument in command.arguments {
                switch argument.arity {
                case .one: parts.append("<\(argument.name)>")
                case .optional: parts.append("[<\(argument.name)>]")
                case .zeroOrMore: parts.append("[<\(argument.name)> ...]")
                case .oneOrMore: parts.append("<\(argument.name)> ...")
                }
            }
        }
        return parts.joined(separator: " ")
    }

    private static func label(of option: OptionSpec) -> String {
        var label = option.short.map { "-\($0), " } ?? ""
        label += "--\(option.name)"
        switch option.kind {
        case .flag: break
        case .value(let name, _), .repeatedValue(let name), .number(let name, _, _): label += " <\(name)>"
        }
        return label
    }

    private static func optionHelp(_ option: OptionSpec) -> String {
        switch option.kind {
        case .value(_, let allowed) where !allowed.isEmpty:
            return option.help + " (" + allowed.joined(separator: ", ") + ")"
        case .repeatedValue:
            return option.help + " (may be repeated)"
        default:
            return option.help
        }
    }

    /// Two columns: labels padded to a common width, help wrapped beside them.
    private static func table(_ rows: [(String, String)], labelWidth: Int) -> [String] {
        var lines: [String] = []
        for (label, help) in rows {
            let indent = String(repeating: " ", count: 2 + labelWidth + 2)
            let wrapped = wrap(help, width: width, indent: indent)
            if label.count > labelWidth {
                lines.append("  " + label)
                lines.append(contentsOf: wrapped)
            } else {
                let first = "  " + label + String(repeating: " ", count: labelWidth - label.count + 2)
                lines.append(first + (wrapped.first.map { String($0.dropFirst(indent.count)) } ?? ""))
                lines.append(contentsOf: wrapped.dropFirst())
            }
        }
        return lines
    }

    /// Greedy word wrap; each line starts with `indent`.
    static func wrap(_ text: String, width: Int, indent: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = indent
            for word in paragraph.split(separator: " ") {
                if line.count > indent.count && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = indent
                }
                line += (line.count > indent.count ? " " : "") + word
            }
            lines.append(line)
        }
        return lines
    }
}
