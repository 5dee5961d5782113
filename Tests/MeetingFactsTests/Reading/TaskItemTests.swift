import XCTest
@testable import MeetingFacts

final class TaskItemTests: XCTestCase {
    func testOpenTaskWithOwnerDueDateAndHighPriority() throws {
        let task = try XCTUnwrap(TaskItem(line: "- [ ] Send the sizing sheet @Marta Okafor 📅 2025-03-11 ⏫", number: 7))
        XCTAssertEqual(task.status, .open)
        XCTAssertEqual(task.owners, ["Marta Okafor"])
        XCTAssertEqual(task.due, CalendarDate(year: 2025, month: 3, day: 11))
        XCTAssertEqual(task.priority, .high)
        XCTAssertEqual(task.description, "Send the sizing sheet @Marta Okafor")
        XCTAssertEqual(task.line, 7)
    }

    func testDoneTaskWithCompletionDate() throws {
        let task = try XCTUnwrap(TaskItem(line: "- [x] Book the lab @Deshawn Pike ✅ 2025-03-05 🔼", number: 1))
        XCTAssertEqual(task.status, .done)
        XCTAssertTrue(task.isCompleted)
        XCTAssertEqual(task.done, CalendarDate(year: 2025, month: 3, day: 5))
        XCTAssertEqual(task.priority, .medium)
    }

    func testCompanyOwnerWithThePersonInParentheses() throws {
        let task = try XCTUnwrap(TaskItem(line: "- [ ] Confirm lead time @Northwind Labs (Ilse Varga) [due:: 2025-03-20] 🔽", number: 1))
        XCTAssertEqual(task.owners, ["Northwind Labs (Ilse Varga)"])
        XCTAssertEqual(task.due, CalendarDate(year: 2025, month: 3, day: 20))
        XCTAssertEqual(task.fields["due"], "2025-03-20")
        XCTAssertEqual(task.priority, .low)
        XCTAssertEqual(task.description, "Confirm lead time @Northwind Labs (Ilse Varga)")
    }

    func testOwnerFollowedByASentenceKeepsOnlyTheCapitalisedName() throws {
        let task = try XCTUnwrap(TaskItem(line: "- [/] Draft it @Kenji Albrecht to share with the guild by month end", number: 1))
        XCTAssertEqual(task.status, .inProgress)
        XCTAssertEqual(task.owners, ["Kenji Albrecht"])
    }

    func testTeamOwnerAndTwoOwners() throws {
        XCTAssertEqual(TaskItem(line: "- [ ] Revisit budget @Storage Ops team 🛫 2025-03-12", number: 1)?.owners, ["Storage Ops team"])
        XCTAssertEqual(TaskItem(line: "* [ ] Pair up @Lena Fischer and @Rui Costa.", number: 1)?.owners, ["Lena Fischer", "Rui Costa"])
        XCTAssertEqual(TaskItem(line: "- [ ] Mail ops@example.org today", number: 1)?.owners, [])
    }

    func testCancelledHighestPriorityAndStartDate() throws {
        let task = try XCTUnwrap(TaskItem(line: "- [-] Ask about racks 🔺 🛫 2025-03-12", number: 1))
        XCTAssertEqual(task.status, .cancelled)
        XCTAssertEqual(task.priority, .highest)
        XCTAssertEqual(task.start, CalendarDate(year: 2025, month: 3, day: 12))
    }

    func testLinesThatAreNotTasks() {
        XCTAssertNil(TaskItem(line: "- plain bullet", number: 1))
        XCTAssertNil(TaskItem(line: "[ ] no list marker", number: 1))
        XCTAssertNil(TaskItem(line: "- [link](x)", number: 1))
        XCTAssertNotNil(TaskItem(line: "  1. [ ] numbered", number: 1))
    }
}
