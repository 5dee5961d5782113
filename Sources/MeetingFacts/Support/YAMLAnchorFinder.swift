import CYaml

/// Finds the first YAML anchor (`&name`) or alias (`*name`) in a text, from libyaml's event
/// stream, before anything is composed.
///
/// An alias repeats the node its anchor names, so a few hundred bytes of aliases to aliases (a
/// "billion laughs") expand into billions of nodes once anything walks the composed tree.
/// Obsidian properties, the vault config and rule files never need them, so every reader refuses
/// a text that uses one, at its line and column. The scan is one pass over the events, linear in
/// the text, and expands nothing; it is the only code that touches libyaml's C API directly.
public enum YAMLAnchorFinder {
    /// An anchor or alias as written, 1-based line and column in the scanned text.
    public struct Use: Sendable, Equatable {
        public var name: String
        public var isAlias: Bool
        public var line: Int
        public var column: Int

        /// `alias '*base'` or `anchor '&base'`.
        public var written: String { isAlias ? "alias '*\(name)'" : "anchor '&\(name)'" }
    }

    /// The first anchor or alias in `text`, in document order; nil when there is none, or when
    /// the YAML breaks before one (the composer then reports the break as it always did).
    public static func firstUse(in text: String) -> Use? {
        var bytes = Array(text.utf8)
        if bytes.isEmpty { return nil }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return nil }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeMutableBufferPointer { buffer -> Use? in
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let anchor: UnsafeMutablePointer<yaml_char_t>?
                var isAlias = false
                switch event.type {
                case YAML_STREAM_END_EVENT: return nil
                case YAML_ALIAS_EVENT: anchor = event.data.alias.anchor; isAlias = true
                case YAML_SCALAR_EVENT: anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT: anchor = event.data.sequence_start.anchor
                case YAML_MAPPING_START_EVENT: anchor = event.data.mapping_start.anchor
                default: anchor = nil
                }
                guard let anchor else { continue }
                return Use(name: String(cString: anchor), isAlias: isAlias,
                           line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
            }
            return nil
        }
    }
}
