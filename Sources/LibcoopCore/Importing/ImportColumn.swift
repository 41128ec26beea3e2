import Foundation

/// A column an import reads: the record member it fills, its label, and every header that names
/// it. The headers come from the record's declaration (the member's JSON name and its Chinese and
/// English labels: `department`, 部门, Department) plus the words spreadsheets commonly use for
/// it (职位 for a title, 房间 for a room's name); a header is compared with case, spaces,
/// punctuation and full-width forms ignored (`Name (English)` = `name_en` = `英文 姓名`).
public struct ImportColumn: Sendable, Hashable {
    /// The member's JSON name (`title`), or `floor` for a space's floor.
    public var name: String
    public var label: FieldLabel
    /// Every header text that names the column, the declared ones first.
    public var headers: [String]
    /// True for the column that identifies a row (the name): a row without it is bad.
    public var isKey: Bool
    /// True for a list of ids (`sources`): the cell holds them separated by commas, as
    /// `libcoop export` writes them (`a, b`).
    public var isList: Bool

    init(_ name: String, label: FieldLabel, synonyms: [String] = [], isKey: Bool = false, isList: Bool = false) {
        self.name = name
        self.label = label
        headers = [name, label.chinese, label.english] + synonyms
        self.isKey = isKey
        self.isList = isList
    }

    init<Field: RecordField>(_ field: Field, synonyms: [String] = [], isKey: Bool = false, isList: Bool = false) {
        self.init(field.name, label: field.label, synonyms: synonyms, isKey: isKey, isList: isList)
    }

    /// True when `header` names this column.
    public func matches(header: String) -> Bool {
        let folded = Self.folded(header)
        return !folded.isEmpty && headers.contains { Self.folded($0) == folded }
    }

    /// `text` compared loosely: NFKC (full-width letters and brackets become plain ones), lower
    /// case, letters and digits only.
    static func folded(_ text: String) -> String {
        String(String.UnicodeScalarView(
            text.precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars.filter {
                $0.properties.isAlphabetic || ("0"..."9").contains($0)
            }
        ))
    }

    /// The ids a list cell holds: split on commas (`a, b`, as exported; `a,b`, `a，b`), trimmed.
    static func listItems(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { String(String($0).trimmingWhitespace) }.filter { !$0.isEmpty }
    }

    /// The column named `name` among `columns`.
    static func named(_ name: String, in columns: [ImportColumn]) -> ImportColumn? {
        columns.first { $0.name == name }
    }

    /// The record's id (编号, ID): `libcoop export` writes it, and a row that gives it is matched
    /// by it (or adds a record with that id) instead of by name.
    static func identifier<Field: RecordField>(_ field: Field) -> ImportColumn {
        ImportColumn(field, synonyms: ["id", "identifier"])
    }

    /// The library the row belongs to (its id, as `libcoop export` writes it: 图书馆, 图书馆编号,
    /// Library ID): only checked against `--library`.
    static let library = ImportColumn(
        StaffMember.Field.library.name, label: StaffMember.Field.library.label,
        synonyms: [RecordType.library.label.chinese + Space.Field.id.label.chinese, RecordType.library.label.english + " " + Space.Field.id.label.english]
    )

    /// The columns of a staff roster: a person's id, name (the key), English name, library,
    /// organisation, department and title (each also in English) and sources.
    static let staffColumns: [ImportColumn] = [
        identifier(StaffMember.Field.id),
        ImportColumn(StaffMember.Field.name, synonyms: ["名字", "人员", "员工姓名", "full name", "staff name", "person"], isKey: true),
        ImportColumn(StaffMember.Field.nameEnglish, synonyms: ["英文名", "英文名字", "name in english"]),
        library,
        ImportColumn(StaffMember.Field.organization, synonyms: ["机构编号", "organization id", "organisation"]),
        ImportColumn(StaffMember.Field.department, synonyms: ["科室", "处室", "部室", "所在部门", "dept", "division"]),
        ImportColumn(StaffMember.Field.departmentEnglish, synonyms: ["部门英文", "department in english"]),
        ImportColumn(StaffMember.Field.title, synonyms: ["职位", "岗位", "职称", "职务名称", "position", "job title", "role"]),
        ImportColumn(StaffMember.Field.titleEnglish, synonyms: ["职务英文", "职位英文", "title in english", "position in english"]),
        ImportColumn(StaffMember.Field.sources, synonyms: ["来源编号", "source", "source ids"], isList: true),
    ]

    /// The columns of a room list: the library, the floor (a level or the building's label for
    /// it) and the building's label for it (read when no level is given), the room's id, name
    /// (the key), English name, kind, status, notes and sources.
    static let spaceColumns: [ImportColumn] = [
        library,
        ImportColumn(
            "floor", label: Library.Field.floors.label,
            synonyms: [Floor.Field.level.label.chinese, Floor.Field.level.label.english, "floor", "楼", "所在楼层", "层数", "storey", "story"]
        ),
        ImportColumn("floor_label", label: Floor.Field.label.label, synonyms: ["楼层标签", "floor label"]),
        identifier(Space.Field.id),
        ImportColumn(Space.Field.name, synonyms: ["房间", "空间", "房间名称", "空间名称", "区域", "room", "space", "room name", "space name"], isKey: true),
        ImportColumn(Space.Field.nameEnglish, synonyms: ["英文名", "english", "name in english"]),
        ImportColumn(Space.Field.kind, synonyms: ["用途", "空间类型", "房间类型", "type"]),
        ImportColumn(Space.Field.status, synonyms: ["开放状态", "state"]),
        ImportColumn(Space.Field.notes, synonyms: ["说明", "附注", "note", "remark", "remarks", "comment", "comments"]),
        ImportColumn(Space.Field.sources, synonyms: ["来源编号", "source", "source ids"], isList: true),
    ]
}
