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

    init(_ name: String, label: FieldLabel, synonyms: [String] = [], isKey: Bool = false) {
        self.name = name
        self.label = label
        headers = [name, label.chinese, label.english] + synonyms
        self.isKey = isKey
    }

    init<Field: RecordField>(_ field: Field, synonyms: [String] = [], isKey: Bool = false) {
        self.init(field.name, label: field.label, synonyms: synonyms, isKey: isKey)
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

    /// The columns of a staff roster: a person's name (the key), English name, department and
    /// title, each also in English.
    static let staffColumns: [ImportColumn] = [
        ImportColumn(StaffMember.Field.name, synonyms: ["名字", "人员", "员工姓名", "full name", "staff name", "person"], isKey: true),
        ImportColumn(StaffMember.Field.nameEnglish, synonyms: ["英文名", "英文名字", "name in english"]),
        ImportColumn(StaffMember.Field.department, synonyms: ["科室", "处室", "部室", "所在部门", "dept", "division"]),
        ImportColumn(StaffMember.Field.departmentEnglish, synonyms: ["部门英文", "department in english"]),
        ImportColumn(StaffMember.Field.title, synonyms: ["职位", "岗位", "职称", "职务名称", "position", "job title", "role"]),
        ImportColumn(StaffMember.Field.titleEnglish, synonyms: ["职务英文", "职位英文", "title in english", "position in english"]),
    ]

    /// The columns of a room list: the floor (a level or the building's label for it), the
    /// room's name (the key), English name, kind, status and notes.
    static let spaceColumns: [ImportColumn] = [
        ImportColumn(
            "floor", label: Library.Field.floors.label,
            synonyms: [Floor.Field.level.label.chinese, Floor.Field.level.label.english, "floor", "楼", "所在楼层", "层数", "storey", "story"]
        ),
        ImportColumn(Space.Field.name, synonyms: ["房间", "空间", "房间名称", "空间名称", "区域", "room", "space", "room name", "space name"], isKey: true),
        ImportColumn(Space.Field.nameEnglish, synonyms: ["英文名", "english", "name in english"]),
        ImportColumn(Space.Field.kind, synonyms: ["用途", "空间类型", "房间类型", "type"]),
        ImportColumn(Space.Field.status, synonyms: ["开放状态", "state"]),
        ImportColumn(Space.Field.notes, synonyms: ["说明", "附注", "note", "remark", "remarks", "comment", "comments"]),
    ]
}
