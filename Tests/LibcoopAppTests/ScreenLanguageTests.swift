import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Every screen of the browser in both languages (issue 13, "No untranslated words"): each tab of
/// each library, every floor, and every overlay — help, staff search, record search, person,
/// program, timeline entry — at 120×40 and 80×24. Under the Chinese UI no raw value of a model
/// enum (`district`, `reading_room`, `bureau`…) and no English UI word may show; under the
/// English UI no Chinese UI label and no full-width list punctuation may show outside the
/// dataset's own text (names, titles, notes).
@Suite struct ScreenLanguageTests {
    /// The raw values of every enum the dataset's records are typed with.
    static let rawValues: Set<String> = {
        var values: [String] = []
        values += Library.Tier.allCases.map(\.rawValue)
        values += Space.Kind.allCases.map(\.rawValue)
        values += Space.Status.allCases.map(\.rawValue)
        values += Organization.Kind.allCases.map(\.rawValue)
        values += Program.Kind.allCases.map(\.rawValue)
        values += Program.Mode.allCases.map(\.rawValue)
        values += Program.Status.allCases.map(\.rawValue)
        values += Document.Kind.allCases.map(\.rawValue)
        values += RecordKind.allCases.map(\.rawValue)
        values += ["phase", "event"]
        return Set(values)
    }()

    /// Words of the English UI that must not show under the Chinese one.
    static let englishWords: Set<String> = [
        "Overview", "Floors", "Staff", "Programs", "Linkage", "Libraries", "Name", "Pinyin", "Department", "Title",
        "Kind", "Where", "Links", "Status", "Notes", "Space", "Spaces", "With", "Partners", "Sources", "Place", "Level",
        "Address", "Records", "Belongs", "Paired", "When", "What", "Mode", "Lead", "Dates", "Program", "Phase", "Event",
        "Keys", "closes", "floors", "spaces", "programs", "events", "lead", "partner", "onsite", "ID", "id",
        "UNDER", "CONSTRUCTION", "Find", "Nobody", "Nothing", "matches", "details", "opens", "year", "search",
    ]

    /// Labels of the Chinese UI that must not show under the English one (text from the dataset
    /// is taken out of the screen first: names stay in the original beside their English form).
    static let chineseLabels: [String] = [
        "概况", "楼层", "人员", "项目", "联动", "图书馆", "姓名", "拼音", "部门", "职务", "机构", "所属", "类别", "名称",
        "位置", "链接", "搜索", "按键", "关闭", "级别", "所在地", "结对", "地址", "记录", "来源", "阶段", "事件", "空间",
        "状态", "类型", "说明", "开放", "建设中", "参加", "合作", "牵头", "时间", "事项", "方式", "线上", "线下", "编号",
        "区级", "市级", "局", "党委", "详情", "打开", "年份", "层", "个", "（", "）", "、",
    ]

    static let staffQueries = ["zhang", "张", "z", "jx"]
    static let recordQueries = ["yuhuatai", "图书馆", "局", "文旅", "jinling", "2022", "阅览", "y", "j", "plan", "xyzzy"]

    /// Every string in the dataset (names, titles, descriptions, notes, places), longest first.
    static let dataText: [String] = {
        var found: Set<String> = []
        func collect(_ value: Any) {
            if let text = value as? String {
                found.insert(text)
                // Notes are shown by halves, so each half is the dataset's text too.
                let note = BilingualNote(text)
                for half in [note.chinese, note.english].compactMap({ $0 }) { found.insert(half) }
                return
            }
            for child in Mirror(reflecting: value).children { collect(child.value) }
        }
        collect(sampleData.dataset)
        return found.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }()

    /// Every screen reached from a fresh start in `language` at `width`×`height`, with a name for
    /// failure messages.
    static func everyScreen(_ language: Language, width: Int, height: Int) -> [(String, [String])] {
        var screens: [(String, [String])] = []
        func record(_ name: String, _ state: BrowserState) { screens.append((name, screen(state))) }
        let escape = InputEvent.key(KeyEvent(.escape))
        for libraryRow in 0..<sampleData.tree.rows.count {
            var state = startBrowser(width: width, height: height, language: language)
            send(&state, Array(repeating: InputEvent.char("j"), count: libraryRow))
            record("library \(libraryRow)", state)
            for tab in 1...Tab.allCases.count {
                send(&state, .char(Character(String(tab))))
                record("library \(libraryRow) tab \(tab)", state)
                for step in 0..<8 {
                    var opened = state
                    send(&opened, .key(.enter))
                    if opened.overlay != nil {
                        record("library \(libraryRow) tab \(tab) row \(step) opened", opened)
                        var link = opened
                        for linkRow in 0..<6 {
                            var followed = link
                            send(&followed, .key(.enter))
                            record("library \(libraryRow) tab \(tab) row \(step) link \(linkRow)", followed)
                            send(&link, .key(.down))
                        }
                    }
                    send(&state, .key(.down))
                    record("library \(libraryRow) tab \(tab) row \(step + 1)", state)
                }
                if tab == 5 {
                    for year in 0..<6 {
                        send(&state, .char("y"))
                        record("library \(libraryRow) linkage year \(year)", state)
                    }
                }
                send(&state, escape)
            }
        }
        var help = startBrowser(width: width, height: height, language: language)
        send(&help, .char("?"))
        record("help", help)
        for query in staffQueries {
            var search = startBrowser(width: width, height: height, language: language)
            send(&search, .char("/"))
            type(&search, query)
            record("staff search \(query)", search)
        }
        for query in recordQueries {
            var search = startBrowser(width: width, height: height, language: language)
            send(&search, .char(":"))
            type(&search, query)
            record("record search \(query)", search)
        }
        return screens
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func chineseScreensShowNoRawValuesOrEnglishWords(size: (Int, Int)) {
        let denied = Self.rawValues.union(Self.englishWords)
        for (name, lines) in Self.everyScreen(.chinese, width: size.0, height: size.1) {
            for line in lines {
                // The dataset's own English text (a document's English title under its original)
                // is data, not a label.
                let words = Self.words(in: Self.withoutDataText(line))
                let found = words.filter(denied.contains)
                #expect(found.isEmpty, "\(name): \(found) in “\(line)”")
            }
        }
    }

    @Test(arguments: [(120, 40), (80, 24)])
    func englishScreensShowNoChineseLabels(size: (Int, Int)) {
        for (name, lines) in Self.everyScreen(.english, width: size.0, height: size.1) {
            for line in lines {
                let rest = Self.withoutDataText(line)
                let found = Self.chineseLabels.filter { rest.contains($0) }
                #expect(found.isEmpty, "\(name): \(found) in “\(line)” (without the data's text: “\(rest)”)")
            }
        }
    }

    @Test func theWalkReachesEveryOverlay() {
        let screens = Self.everyScreen(.english, width: 120, height: 40).map { $0.1.joined(separator: "\n") }
        for title in ["Keys · Esc closes", "Find staff", "Find any record", "╭ Zhang Qingwen 张庆文", "╭ Program", "╭ Event ·", "╭ Phase ·", "╭ Document · 2022"] {
            #expect(screens.contains { $0.contains(title) }, "no screen shows \(title)")
        }
    }

    /// The runs of Latin letters and underscores in `line` (`reading_room` is one word).
    static func words(in line: String) -> [String] {
        var words: [String] = []
        var current = ""
        for character in line {
            if character.isASCII && (character.isLetter || character == "_") {
                current.append(character)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// `line` with every piece of the dataset's text taken out, also where a table cut it short
    /// (`雨花台区图书…`).
    static func withoutDataText(_ line: String) -> String {
        var rest = line
        // What the test typed into a search is the user's text, not a label.
        for query in staffQueries { rest = rest.replacingOccurrences(of: "/ \(query)", with: " ") }
        for query in recordQueries { rest = rest.replacingOccurrences(of: ": \(query)", with: " ") }
        for text in dataText where rest.contains(text) {
            rest = rest.replacingOccurrences(of: text, with: " ")
        }
        // A piece of a longer text wrapped onto this line (three characters or more, so that a
        // label is never taken for data).
        let tokens = rest.split { $0 == " " || $0 == "│" || $0 == "…" }.map(String.init)
        for token in tokens where token.count >= 3 && !token.allSatisfy(\.isASCII) && dataText.contains(where: { $0.contains(token) }) {
            rest = rest.replacingOccurrences(of: token, with: " ")
        }
        // A name cut by a column: the part before `…` that begins a piece of the data's text.
        var pieces = rest.components(separatedBy: "…")
        for index in pieces.indices.dropLast() {
            let piece = pieces[index]
            for start in piece.indices {
                let tail = String(piece[start...]).trimmingLeadingSpaces
                if tail.count >= 1, dataText.contains(where: { $0.hasPrefix(tail) && $0 != tail }) {
                    pieces[index] = String(piece[..<start])
                    break
                }
            }
        }
        return pieces.joined(separator: " ")
    }
}

private extension String {
    var trimmingLeadingSpaces: String { String(drop { $0 == " " }) }
}
