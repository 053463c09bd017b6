import Foundation
import TestSupport
import Testing

/// Reads a Parquet file with DuckDB or pyarrow and hands back what the reader saw: column types,
/// key-value metadata, encodings and every value (dates as ISO text, instants as milliseconds).
enum ParquetReaders {
    enum Reader: String, CaseIterable, Sendable {
        case duckDB = "duckdb"
        case pyArrow = "pyarrow"

        var tool: ExternalTool { self == .duckDB ? .duckDB : .pyArrow }
    }

    /// What a reader saw.
    struct Contents {
        /// Per column: the reader's type names (DuckDB: its SQL type; pyarrow: the Arrow type,
        /// the Parquet physical type and the logical type).
        var types: [[String]]
        var metadata: [String: String]
        /// Per column of the first row group: its encodings (pyarrow only).
        var encodings: [[String]]
        /// Per column of the first row group: minimum and maximum from the statistics, NSNull where
        /// there are none (pyarrow only).
        var bounds: [Any]
        var rowGroups: Int
        /// Per column its values: NSNull, NSNumber or String.
        var columns: [[Any]]
    }

    static let script = #"""
        import datetime, json, sys
        path, reader = sys.argv[1], sys.argv[2]
        epoch = datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
        def plain(value):
            if isinstance(value, datetime.datetime):
                return (value - epoch) // datetime.timedelta(milliseconds=1)
            if isinstance(value, datetime.date):
                return value.isoformat()
            return value
        if reader == "pyarrow":
            import pyarrow.parquet as pq
            file = pq.ParquetFile(path)
            table = file.read()
            schema = file.schema
            types = [[str(table.schema.types[i]), schema.column(i).physical_type, str(schema.column(i).logical_type)]
                     for i in range(len(schema))]
            metadata = {k.decode(): v.decode() for k, v in (file.metadata.metadata or {}).items()}
            groups = file.metadata.num_row_groups
            encodings = [list(file.metadata.row_group(0).column(i).encodings) for i in range(len(schema))] if groups else []
            chunks = [file.metadata.row_group(0).column(i).statistics for i in range(len(schema))] if groups else []
            bounds = [[plain(s.min), plain(s.max)] if s is not None and s.has_min_max else None for s in chunks]
            columns = [table.column(i).to_pylist() for i in range(table.num_columns)]
        else:
            import duckdb
            con = duckdb.connect()
            described = con.execute("DESCRIBE SELECT * FROM read_parquet($1)", [path]).fetchall()
            def select(name, type):
                quoted = '"' + name.replace('"', '""') + '"'
                if type.startswith("TIMESTAMP"):
                    return "epoch_ms(" + quoted + ")"
                if type == "DATE":
                    return "CAST(" + quoted + " AS VARCHAR)"
                return quoted
            query = "SELECT " + ", ".join(select(row[0], row[1]) for row in described) + " FROM read_parquet($1)"
            data = con.execute(query, [path]).fetchall()
            columns = [[row[i] for row in data] for i in range(len(described))]
            types = [[row[1]] for row in described]
            metadata = {k.decode(): v.decode() for _, k, v in
                        con.execute("SELECT file_name, key, value FROM parquet_kv_metadata($1)", [path]).fetchall()}
            groups = con.execute("SELECT count(DISTINCT row_group_id) FROM parquet_metadata($1)", [path]).fetchone()[0]
            encodings = []
            bounds = []
        print(json.dumps({"types": types, "metadata": metadata, "encodings": encodings, "bounds": bounds, "rowGroups": groups,
                          "columns": [[plain(v) for v in column] for column in columns]}))
        """#

    /// Writes `bytes` to a temporary file and reads it with `reader`; nil (with an issue) when it fails.
    static func read(_ bytes: [UInt8], with reader: Reader, sourceLocation: SourceLocation = #_sourceLocation)
        throws -> Contents?
    {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString).parquet")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let outcome = try reader.tool.run(["-c", script, file.path, reader.rawValue]) else { return nil }
        guard outcome.status == 0,
            let line = outcome.output.split(separator: "\n").last,
            let json = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
        else {
            Issue.record("\(reader.rawValue) cannot read the file: \(outcome.output)", sourceLocation: sourceLocation)
            return nil
        }
        return Contents(
            types: json["types"] as? [[String]] ?? [], metadata: json["metadata"] as? [String: String] ?? [:],
            encodings: json["encodings"] as? [[String]] ?? [], bounds: json["bounds"] as? [Any] ?? [],
            rowGroups: json["rowGroups"] as? Int ?? -1,
            columns: json["columns"] as? [[Any]] ?? [])
    }
}
