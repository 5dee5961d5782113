import Vectorscan
import XCTest

final class DatabaseTests: XCTestCase {
    private func hits(_ database: Database, in text: String) throws -> [[Int]] {
        var found: [[Int]] = []
        let scratch = try database.makeScratch()
        var bytes = Array(text.utf8)
        try bytes.withUnsafeMutableBufferPointer { buffer in
            try database.scan(UnsafeBufferPointer(buffer), scratch: scratch) { id, end in found.append([Int(id), end]) }
        }
        _ = bytes
        return found
    }

    func testEveryExpressionIsFoundInOnePassByEndOffset() throws {
        let database = try Database([
            Expression(Expression.literal("week".utf8), id: 7, flags: .caseless),
            Expression("[0-9]", id: 2),
        ])
        XCTAssertEqual(try hits(database, in: "3 Weeks"), [[2, 1], [7, 6]])
    }

    func testALiteralOfUTF8BytesMatchesThoseBytes() throws {
        let database = try Database([Expression(Expression.literal("½".utf8), id: 1)])
        XCTAssertEqual(try hits(database, in: "a ½ b"), [[1, 4]])
    }

    func testAnEmptyTextHasNoHits() throws {
        let database = try Database([Expression("[0-9]", id: 0)])
        XCTAssertEqual(try hits(database, in: ""), [])
    }

    func testALookaroundIsRefusedNamingTheExpression() {
        XCTAssertThrowsError(try Database([Expression("a", id: 0), Expression("(?<=a)b", id: 1)])) { error in
            guard case let .compile(expression, _)? = error as? VectorscanError else { return XCTFail("\(error)") }
            XCTAssertEqual(expression, 1)
        }
    }
}
