import Foundation

/// The compact byte form of a cached extraction (`CachedExtraction`): varints, doubles as their
/// bits, strings as length and UTF-8, each optional behind a presence bit. Written by appending,
/// read from the front; a read past the end or of a malformed value yields nil, never a crash.
struct ExtractionBytes {
    private(set) var bytes: [UInt8]
    private var position = 0

    init() { bytes = [] }

    init(_ data: Data) { bytes = [UInt8](data) }

    var data: Data { Data(bytes) }
    var isAtEnd: Bool { position == bytes.count }

    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(rest & 0x7F) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(bits & 0xFF))
            bits >>= 8
        }
    }

    mutating func write(_ value: String) {
        write(value.utf8.count)
        bytes.append(contentsOf: value.utf8)
    }

    mutating func readInt() -> Int? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while position < bytes.count, shift < 64 {
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 {
                let signed = Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
                return Int(signed)
            }
            shift += 7
        }
        return nil
    }

    mutating func readDouble() -> Double? {
        guard position + 8 <= bytes.count else { return nil }
        var bits: UInt64 = 0
        for offset in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[position + offset]) }
        position += 8
        return Double(bitPattern: bits)
    }

    mutating func readString() -> String? {
        guard let count = readInt(), count >= 0, position + count <= bytes.count else { return nil }
        defer { position += count }
        return String(decoding: bytes[position..<position + count], as: UTF8.self)
    }
}
