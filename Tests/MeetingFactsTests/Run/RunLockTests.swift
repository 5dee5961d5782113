import Foundation
import XCTest
@testable import MeetingFacts

final class RunLockTests: XCTestCase {
    func testASecondHolderIsRefusedUntilTheFirstReleases() throws {
        let vault = TemporaryFolder()
        let path = vault.url(".meetingfacts/lock")
        let first = RunLock(path: path)
        try first.acquire(wait: 0)
        let second = RunLock(path: path)
        XCTAssertThrowsError(try second.acquire(wait: 0.1)) {
            XCTAssertEqual($0 as? RunLock.Failure, .busy(path: path, waited: 0.1))
        }
        first.release()
        XCTAssertNoThrow(try second.acquire(wait: 0))
    }
}
