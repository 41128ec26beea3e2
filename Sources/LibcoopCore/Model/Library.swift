/// A public library: its place in the city–district network and its building, floor by floor.
public struct Library: Hashable, Sendable {
    /// The library's level in the public library system.
    public enum Tier: String, Sendable, CaseIterable, Codable {
        case national
        case provincial
        case municipal
        case district
        case county
        case township
        case community
    }

    public var id: String
    public var name: String
    public var nameEnglish: String?
    public var tier: Tier
    public var city: String?
    public var district: String?
    /// The id of the central (usually municipal) library this one is paired with.
    public var pairedWith: String?
    public var address: String?
    /// Floors in the order the file lists them; use `floorsTopDown` to show them.
    public var floors: [Floor]
    /// Spaces the sources name without saying which floor they are on.
    public var spacesWithoutFloor: [Space]
    public var notes: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, name: String, nameEnglish: String? = nil, tier: Tier, city: String? = nil,
        district: String? = nil, pairedWith: String? = nil, address: String? = nil, floors: [Floor] = [],
        spacesWithoutFloor: [Space] = [], notes: String? = nil, sources: [String], origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.tier = tier
        self.city = city
        self.district = district
        self.pairedWith = pairedWith
        self.address = address
        self.floors = floors
        self.spacesWithoutFloor = spacesWithoutFloor
        self.notes = notes
        self.sources = sources
        self.origin = origin
    }

    /// Floors from the top storey down, as a building directory lists them.
    public var floorsTopDown: [Floor] {
        floors.sorted { $0.level > $1.level }
    }

    /// Every space in the building, those without a known floor last.
    public var allSpaces: [Space] {
        floorsTopDown.flatMap(\.spaces) + spacesWithoutFloor
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Library: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension Library {
    /// The members of a library record.
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case tier
        case city
        case district
        case pairedWith = "paired_with"
        case address
        case floors
        case spacesWithoutFloor = "spaces_without_floor"
        case notes
        case sources

        public static let recordType = RecordType.library
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .tier: .required(.choice(Tier.allCases.map(\.rawValue)), "级别", "Tier")
            case .city: .optional(.text, "城市", "City")
            case .district: .optional(.text, "区县", "District")
            case .pairedWith: .optional(.reference(.library), "结对馆", "Paired with")
            case .address: .optional(.text, "地址", "Address")
            case .floors: .optional(.records(.floor), "楼层", "Floors")
            case .spacesWithoutFloor: .optional(.records(.space), "楼层不详的空间", "Spaces without a floor")
            case .notes: .optional(.multilineText, "备注", "Notes")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}

extension Library.Tier {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .national: FieldLabel("国家级", "national")
        case .provincial: FieldLabel("省级", "provincial")
        case .municipal: FieldLabel("市级", "municipal")
        case .district: FieldLabel("区级", "district")
        case .county: FieldLabel("县级", "county")
        case .township: FieldLabel("乡镇", "township")
        case .community: FieldLabel("社区", "community")
        }
    }
}
