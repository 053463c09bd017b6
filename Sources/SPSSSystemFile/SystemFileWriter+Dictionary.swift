/// The dictionary: variable records, value labels and the extension records, in the order the
/// format prescribes (PSPP's documentation, "System File Record Structure").
extension SystemFileWriter {
    /// Print/write format type codes.
    private enum FormatType: Int32 {
        case string = 1
        case fixed = 5
        case date = 20
        case dateTime = 22
    }

    func writeDictionary(into output: inout LittleEndianBytes, layout: FileLayout, warnings: inout [SystemFileWarning])
    {
        for placed in layout.placed {
            writeVariableRecords(placed, into: &output, warnings: &warnings)
        }
        for placed in layout.placed {
            writeShortValueLabels(placed, into: &output, warnings: &warnings)
        }
        writeMachineInfo(into: &output)
        writeDisplayParameters(layout, into: &output)
        output.extensionRecord(
            subtype: 13, size: 1,
            data: Array(layout.placed.map { "\($0.shortNames[0])=\($0.variable.name)" }.joined(separator: "\t").utf8))
        let veryLong = layout.placed.compactMap { placed -> String? in
            guard let segments = placed.segments, segments.isVeryLong,
                case .text(let width, _) = placed.variable.content
            else { return nil }
            let digits = String(width)
            return "\(placed.shortNames[0])=\(String(repeating: "0", count: 5 - digits.count))\(digits)\0\t"
        }
        if !veryLong.isEmpty {
            output.extensionRecord(subtype: 14, size: 1, data: Array(veryLong.joined().utf8))
        }
        output.extensionRecord(subtype: 20, size: 1, data: Array("UTF-8".utf8))
        writeLongValueLabels(layout, into: &output, warnings: &warnings)
        output.int32(999)
        output.int32(0)
    }

    /// One record per variable and one per further 8 bytes of a string (type -1), per segment.
    private func writeVariableRecords(
        _ placed: FileLayout.Placed, into output: inout LittleEndianBytes, warnings: inout [SystemFileWarning]
    ) {
        let variable = placed.variable
        let label = Array(cut(variable.label, to: Self.maximumVariableLabel, of: variable, &warnings).utf8)
        let widths = placed.segments?.widths ?? [0]
        for (segment, width) in widths.enumerated() {
            let missingValues: [Double]
            let format: Int32
            switch variable.content {
            case .number(let numberFormat, let missing, _):
                missingValues = missing
                format = Self.code(numberFormat)
            case .text:
                missingValues = []
                format = Self.code(.string, width: width, decimals: 0)
            }
            let hasLabel = segment == 0 && !label.isEmpty
            output.int32(2)
            output.int32(width)
            output.int32(hasLabel ? 1 : 0)
            output.int32(segment == 0 ? missingValues.count : 0)
            output.int32(format)
            output.int32(format)
            output.fixed(Array(placed.shortNames[segment].utf8), count: 8)
            if hasLabel {
                output.int32(label.count)
                output.fixed(label, count: (label.count + 3) / 4 * 4)
            }
            if segment == 0 {
                for value in missingValues { output.double(value) }
            }
            for _ in 1..<max(1, StringSegments.units(width)) {
                output.int32(2)
                output.int32(-1)
                for _ in 0..<4 { output.int32(0) }
                // PSPP writes the continuation's empty name as zero bytes.
                output.fixed([], count: 8, padding: 0)
            }
        }
    }

    private static func code(_ format: SystemFileVariable.NumberFormat) -> Int32 {
        switch format {
        case .fixed(let width, let decimals): code(.fixed, width: width, decimals: decimals)
        case .date: code(.date, width: 11, decimals: 0)
        case .dateTime: code(.dateTime, width: 24, decimals: 3)
        }
    }

    private static func code(_ type: FormatType, width: Int, decimals: Int) -> Int32 {
        type.rawValue << 16 | Int32(min(width, 255)) << 8 | Int32(decimals)
    }

    /// Value labels of numbers and strings up to 8 bytes: a label record (type 3) and the variable
    /// it belongs to (type 4).
    private func writeShortValueLabels(
        _ placed: FileLayout.Placed, into output: inout LittleEndianBytes, warnings: inout [SystemFileWarning]
    ) {
        let labels: [(value: [UInt8], label: String)]
        switch placed.variable.content {
        case .number(_, _, let valueLabels):
            labels = valueLabels.map { label in
                var bytes = LittleEndianBytes()
                bytes.double(label.value)
                return (bytes.bytes, label.label)
            }
        case .text(let width, let valueLabels) where width <= 8:
            // Padded with spaces to the variable's width and with zeros beyond, as PSPP writes them.
            labels = valueLabels.map { label in
                let value = Array(label.value.utf8)
                return (value + Array(repeating: UInt8(ascii: " "), count: width - value.count), label.label)
            }
        case .text:
            labels = []
        }
        guard !labels.isEmpty else { return }
        output.int32(3)
        output.int32(labels.count)
        for (value, label) in labels {
            output.fixed(value, count: 8, padding: 0)
            let text = Array(cut(label, to: Self.maximumValueLabel, of: placed.variable, &warnings).utf8)
            output.append([UInt8(text.count)])
            output.fixed(text, count: (text.count + 8) / 8 * 8 - 1, padding: 0)
        }
        output.int32(4)
        output.int32(1)
        output.int32(placed.dictionaryIndex)
    }

    /// Machine integer info (subtype 3: IEEE 754, little-endian, code page 65001 = UTF-8) and
    /// floating-point info (subtype 4: system-missing, highest, lowest).
    private func writeMachineInfo(into output: inout LittleEndianBytes) {
        var integers = LittleEndianBytes()
        for value: Int32 in [1, 0, 0, -1, 1, 1, 2, 65001] { integers.int32(value) }
        output.extensionRecord(subtype: 3, size: 4, data: integers.bytes)
        var floats = LittleEndianBytes()
        // LOWEST as the second-largest negative number, as PSPP writes it (SPSS 21 and later use -DBL_MAX).
        for value in [
            -Double.greatestFiniteMagnitude, .greatestFiniteMagnitude, (-Double.greatestFiniteMagnitude).nextUp,
        ] {
            floats.double(value)
        }
        output.extensionRecord(subtype: 4, size: 8, data: floats.bytes)
    }

    /// Measurement level, column width and alignment (subtype 11), once per segment.
    private func writeDisplayParameters(_ layout: FileLayout, into output: inout LittleEndianBytes) {
        var data = LittleEndianBytes()
        for placed in layout.placed {
            let measure: SystemFileVariable.Measure
            let width: Int
            let alignment: Int32
            switch placed.variable.content {
            case .number(let format, _, _):
                measure = placed.variable.measure
                switch format {
                case .fixed(let formatWidth, _): width = formatWidth
                case .date: width = 11
                case .dateTime: width = 24
                }
                alignment = 1
            case .text(let textWidth, _):
                // SPSS has no scale level for text.
                measure = placed.variable.measure == .scale ? .nominal : placed.variable.measure
                width = min(textWidth, 40)
                alignment = 0
            }
            for (segment, segmentWidth) in (placed.segments?.widths ?? [0]).enumerated() {
                data.int32(measure.rawValue)
                // Later segments of a very long string get PSPP's default text column width.
                data.int32(segment == 0 ? width : min(segmentWidth, 32))
                data.int32(alignment)
            }
        }
        output.extensionRecord(subtype: 11, size: 4, data: data.bytes)
    }

    /// Value labels of strings wider than 8 bytes (subtype 21), by long name.
    private func writeLongValueLabels(
        _ layout: FileLayout, into output: inout LittleEndianBytes, warnings: inout [SystemFileWarning]
    ) {
        var data = LittleEndianBytes()
        for placed in layout.placed {
            guard case .text(let width, let labels) = placed.variable.content, width > 8, !labels.isEmpty else {
                continue
            }
            let name = Array(placed.variable.name.utf8)
            data.int32(name.count)
            data.append(name)
            data.int32(width)
            data.int32(labels.count)
            for label in labels {
                data.int32(width)
                data.fixed(Array(label.value.utf8), count: width)
                let text = Array(cut(label.label, to: Self.maximumValueLabel, of: placed.variable, &warnings).utf8)
                data.int32(text.count)
                data.append(text)
            }
        }
        if !data.bytes.isEmpty {
            output.extensionRecord(subtype: 21, size: 1, data: data.bytes)
        }
    }

    /// `label` cut to `limit` bytes between characters, noting the cut.
    private func cut(
        _ label: String, to limit: Int, of variable: SystemFileVariable, _ warnings: inout [SystemFileWarning]
    ) -> String {
        guard label.utf8.count > limit else { return label }
        warnings.append(.labelCut(variable: variable.name, label: label, limit: limit))
        return label.utf8Prefix(limit)
    }
}
