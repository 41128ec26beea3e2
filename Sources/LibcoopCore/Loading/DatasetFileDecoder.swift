/// Decodes one dataset file's bytes into records, collecting every problem it can find on the way.
///
/// Each kind's members come from its declaration (`StaffMember.Field`, … in `Schema/`): the
/// `switch` over them is exhaustive, so a declared member the decoder does not read is a compile
/// error, and which members are required is the declaration's to say. The format version is
/// `DatasetFormat.version`; see docs/data-format.md for the fields.
struct DatasetFileDecoder {
    private(set) var fields: FieldDecoder
    /// Where each person's name goes as soon as they are read, when the loader indexes while decoding.
    private let staffNames: StaffIndexStream?

    init(bytes: UnsafeBufferPointer<UInt8>, startingAt offset: Int, file: Int, staffNames: StaffIndexStream? = nil) {
        fields = FieldDecoder(reader: JSONReader(bytes: bytes, startingAt: offset), file: file)
        self.staffNames = staffNames
    }

    var problems: [PendingProblem] { fields.problems }
    private var origin: Int32 { Int32(truncatingIfNeeded: fields.file) }

    /// Reads the whole document. A syntax error ends reading and is returned with the problems so far.
    mutating func decode() -> Dataset {
        var dataset = Dataset()
        do {
            let documentOffset = fields.reader.position
            var format: String?
            if var document = try fields.beginObject(Dataset.Field.self) {
                while let field = try fields.nextField(in: &document) {
                    switch field {
                    case .schema: _ = try fields.text(nullable: false)
                    case .format: format = try fields.text()
                    case .dataset: dataset.info = try decodeInfo()
                    case .sources: dataset.sources = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeSource(index) }
                    case .organizations: dataset.organizations = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeOrganization(index) }
                    case .libraries: dataset.libraries = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeLibrary(index) }
                    case .staff:
                        dataset.staff = try records(field) { decoder, index throws(JSONSyntaxError) in
                            let member = try decoder.decodeStaff(index)
                            // Only the names are read: binding the whole record would copy it.
                            if let staffNames = decoder.staffNames, let name = member?.name {
                                staffNames.add(name: name, alias: member?.nameEnglish)
                            }
                            return member
                        }
                    case .programs: dataset.programs = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeProgram(index) }
                    case .events: dataset.events = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeEvent(index) }
                    case .phases: dataset.phases = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodePhase(index) }
                    case .documents: dataset.documents = try records(field) { decoder, index throws(JSONSyntaxError) in try decoder.decodeDocument(index) }
                    }
                }
                // The one required member with a message of its own: it says what to write.
                if let format, format != DatasetFormat.version {
                    fields.report(.invalidValue, "unsupported format \"\(TextCheck.quoted(format))\"; this libcoop reads \"\(DatasetFormat.version)\"", at: documentOffset)
                } else if format == nil {
                    fields.report(.missingField, "missing required field \"\(Dataset.Field.format.name)\" (write \"\(Dataset.Field.format.name)\": \"\(DatasetFormat.version)\")", at: documentOffset)
                }
            }
            try fields.reader.expectEnd()
        } catch {
            fields.reportSyntax(error)
        }
        return dataset
    }

    /// The records of a list member such as `staff` or `floors`; those with problems are left out.
    private mutating func records<Field: RecordField, Record>(
        _ field: Field, _ decodeOne: (inout Self, Int) throws(JSONSyntaxError) -> Record?
    ) throws(JSONSyntaxError) -> [Record] {
        var result: [Record] = []
        if var array = try fields.beginArray(what: field.type.listNoun) {
            while try fields.nextElement(in: &array) {
                if let record = try decodeOne(&self, array.index) { result.append(record) }
            }
        }
        fields.noteListRead()
        return result
    }

    private mutating func decodeInfo() throws(JSONSyntaxError) -> DatasetInfo? {
        var name: String?, nameEnglish: String?, description: String?, synthetic: Bool?
        guard var object = try fields.beginObject(DatasetInfo.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .name: name = try fields.text(nullable: false)
            case .nameEnglish: nameEnglish = try fields.text()
            case .description: description = try fields.text(allowsLineBreaks: true)
            case .synthetic: synthetic = try fields.boolean()
            }
        }
        guard fields.hasRequiredFields(object), let name else { return nil }
        return DatasetInfo(name: name, nameEnglish: nameEnglish, description: description, synthetic: synthetic ?? false)
    }

    private mutating func decodeSource(_ index: Int) throws(JSONSyntaxError) -> Source? {
        var id: String?, title: String?, titleEnglish: String?, site: String?, publisher: String?, author: String?
        var postedBy: String?, contributedBy: String?, date: PartialDate?, url: String?, synthetic: Bool?, notes: String?
        guard var object = try fields.beginObject(Source.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .title: title = try fields.text(nullable: false)
            case .titleEnglish: titleEnglish = try fields.text()
            case .site: site = try fields.text()
            case .publisher: publisher = try fields.text()
            case .author: author = try fields.text()
            case .postedBy: postedBy = try fields.text()
            case .contributedBy: contributedBy = try fields.text()
            case .date: date = try fields.date()
            case .url: url = try fields.text()
            case .synthetic: synthetic = try fields.boolean()
            case .notes: notes = try fields.text(allowsLineBreaks: true)
            }
        }
        guard fields.hasRequiredFields(object), let id, let title else {
            fields.noteDropped(id)
            return nil
        }
        return Source(
            id: id, title: title, titleEnglish: titleEnglish, site: site, publisher: publisher, author: author,
            postedBy: postedBy, contributedBy: contributedBy, date: date, url: url, synthetic: synthetic ?? false,
            notes: notes, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeOrganization(_ index: Int) throws(JSONSyntaxError) -> Organization? {
        var id: String?, name: String?, nameEnglish: String?, kind: Organization.Kind?, parent: String?, sources: [String]?
        guard var object = try fields.beginObject(Organization.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .name: name = try fields.text(nullable: false)
            case .nameEnglish: nameEnglish = try fields.text()
            case .kind: kind = try fields.choice(Organization.Kind.self)
            case .parent: parent = try fields.reference()
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let name, let kind, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return Organization(
            id: id, name: name, nameEnglish: nameEnglish, kind: kind, parent: parent, sources: sources,
            origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeLibrary(_ index: Int) throws(JSONSyntaxError) -> Library? {
        var id: String?, name: String?, nameEnglish: String?, tier: Library.Tier?, city: String?, district: String?
        var pairedWith: String?, address: String?, floors: [Floor] = [], unplaced: [Space] = [], notes: String?, sources: [String]?
        guard var object = try fields.beginObject(Library.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .name: name = try fields.text(nullable: false)
            case .nameEnglish: nameEnglish = try fields.text()
            case .tier: tier = try fields.choice(Library.Tier.self)
            case .city: city = try fields.sharedText()
            case .district: district = try fields.sharedText()
            case .pairedWith: pairedWith = try fields.reference()
            case .address: address = try fields.text()
            case .floors: floors = try records(field) { decoder, _ throws(JSONSyntaxError) in try decoder.decodeFloor() }
            case .spacesWithoutFloor: unplaced = try records(field) { decoder, _ throws(JSONSyntaxError) in try decoder.decodeSpace() }
            case .notes: notes = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let name, let tier, let sources else {
            fields.noteDropped(id)
            for space in floors.flatMap(\.spaces) + unplaced { fields.noteDropped(space.id) }
            return nil
        }
        return Library(
            id: id, name: name, nameEnglish: nameEnglish, tier: tier, city: city, district: district,
            pairedWith: pairedWith, address: address, floors: floors, spacesWithoutFloor: unplaced, notes: notes,
            sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeFloor() throws(JSONSyntaxError) -> Floor? {
        var level: Int?, label: String?, spaces: [Space]?
        guard var object = try fields.beginObject(Floor.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .level: level = try fields.integer(in: -20...300)
            case .label: label = try fields.text()
            case .spaces: spaces = try records(field) { decoder, _ throws(JSONSyntaxError) in try decoder.decodeSpace() }
            }
        }
        // A floor left out takes its rooms with it: references to them are not problems of their own.
        guard fields.hasRequiredFields(object), let level, let spaces else {
            for space in spaces ?? [] { fields.noteDropped(space.id) }
            return nil
        }
        if level == 0 {
            fields.report(.invalidValue, "floor level 0 does not exist: the ground floor is 1 and the first basement is -1", at: object.offset)
            for space in spaces { fields.noteDropped(space.id) }
            return nil
        }
        return Floor(level: level, label: label, spaces: spaces)
    }

    private mutating func decodeSpace() throws(JSONSyntaxError) -> Space? {
        var id: String?, name: String?, nameEnglish: String?, kind: Space.Kind?, status: Space.Status?, notes: String?, sources: [String] = []
        guard var object = try fields.beginObject(Space.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .name: name = try fields.sharedText(nullable: false)
            case .nameEnglish: nameEnglish = try fields.sharedText()
            case .kind: kind = try fields.choice(Space.Kind.self)
            case .status: status = try fields.choice(Space.Status.self)
            case .notes: notes = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let name, let kind, let status else {
            fields.noteDropped(id)
            return nil
        }
        return Space(id: id, name: name, nameEnglish: nameEnglish, kind: kind, status: status, notes: notes, sources: sources)
    }

    private mutating func decodeStaff(_ index: Int) throws(JSONSyntaxError) -> StaffMember? {
        var id: String?, name: String?, nameEnglish: String?, library: String?, organization: String?
        var department: String?, departmentEnglish: String?, title: String?, titleEnglish: String?, sources: [String]?
        guard var object = try fields.beginObject(StaffMember.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .name: name = try fields.text(nullable: false)
            case .nameEnglish: nameEnglish = try fields.text()
            case .library: library = try fields.reference()
            case .organization: organization = try fields.reference()
            case .department: department = try fields.sharedText()
            case .departmentEnglish: departmentEnglish = try fields.sharedText()
            case .title: title = try fields.sharedText()
            case .titleEnglish: titleEnglish = try fields.sharedText()
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let name, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return StaffMember(
            id: id, name: name, nameEnglish: nameEnglish, library: library, organization: organization,
            department: department, departmentEnglish: departmentEnglish, title: title, titleEnglish: titleEnglish,
            sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeProgram(_ index: Int) throws(JSONSyntaxError) -> Program? {
        var id: String?, name: String?, nameEnglish: String?, kind: Program.Kind?, lead: String?
        var partners: [String] = [], organizations: [String] = [], mode: Program.Mode?, status: Program.Status?
        var start: PartialDate?, end: PartialDate?, description: String?, descriptionEnglish: String?, sources: [String]?
        guard var object = try fields.beginObject(Program.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .name: name = try fields.text(nullable: false)
            case .nameEnglish: nameEnglish = try fields.text()
            case .kind: kind = try fields.choice(Program.Kind.self)
            case .lead: lead = try fields.reference()
            case .partners: partners = try fields.identifierList(field)
            case .organizations: organizations = try fields.identifierList(field)
            case .mode: mode = try fields.choice(Program.Mode.self, nullable: true)
            case .status: status = try fields.choice(Program.Status.self, nullable: true)
            case .start: start = try fields.date()
            case .end: end = try fields.date()
            case .description: description = try fields.text(allowsLineBreaks: true)
            case .descriptionEnglish: descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let name, let kind, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return Program(
            id: id, name: name, nameEnglish: nameEnglish, kind: kind, lead: lead, partners: partners,
            organizations: organizations, mode: mode, status: status, start: start, end: end, description: description,
            descriptionEnglish: descriptionEnglish, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeEvent(_ index: Int) throws(JSONSyntaxError) -> LinkageEvent? {
        var id: String?, title: String?, titleEnglish: String?, date: PartialDate?, endDate: PartialDate?, parent: String?
        var libraries: [String] = [], organizations: [String] = [], participants: [String] = [], programs: [String] = []
        var documents: [String] = [], spaces: [String] = [], description: String?, descriptionEnglish: String?, sources: [String]?
        guard var object = try fields.beginObject(LinkageEvent.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .title: title = try fields.text(nullable: false)
            case .titleEnglish: titleEnglish = try fields.text()
            case .date: date = try fields.date(nullable: false)
            case .endDate: endDate = try fields.date()
            case .parent: parent = try fields.reference()
            case .libraries: libraries = try fields.identifierList(field)
            case .organizations: organizations = try fields.identifierList(field)
            case .participants: participants = try fields.identifierList(field)
            case .programs: programs = try fields.identifierList(field)
            case .documents: documents = try fields.identifierList(field)
            case .spaces: spaces = try fields.identifierList(field)
            case .description: description = try fields.text(allowsLineBreaks: true)
            case .descriptionEnglish: descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let title, let date, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return LinkageEvent(
            id: id, title: title, titleEnglish: titleEnglish, date: date, endDate: endDate, parent: parent,
            libraries: libraries, organizations: organizations, participants: participants, programs: programs,
            documents: documents, spaces: spaces, description: description, descriptionEnglish: descriptionEnglish,
            sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodePhase(_ index: Int) throws(JSONSyntaxError) -> LinkagePhase? {
        var id: String?, title: String?, titleEnglish: String?, start: PartialDate?, end: PartialDate?, ongoing: Bool?
        var parent: String?, libraries: [String] = [], organizations: [String] = [], description: String?
        var descriptionEnglish: String?, sources: [String]?
        guard var object = try fields.beginObject(LinkagePhase.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .title: title = try fields.text(nullable: false)
            case .titleEnglish: titleEnglish = try fields.text()
            case .start: start = try fields.date()
            case .end: end = try fields.date()
            case .ongoing: ongoing = try fields.boolean()
            case .parent: parent = try fields.reference()
            case .libraries: libraries = try fields.identifierList(field)
            case .organizations: organizations = try fields.identifierList(field)
            case .description: description = try fields.text(allowsLineBreaks: true)
            case .descriptionEnglish: descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let title, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return LinkagePhase(
            id: id, title: title, titleEnglish: titleEnglish, start: start, end: end, ongoing: ongoing ?? false,
            parent: parent, libraries: libraries, organizations: organizations, description: description,
            descriptionEnglish: descriptionEnglish, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private mutating func decodeDocument(_ index: Int) throws(JSONSyntaxError) -> Document? {
        var id: String?, title: String?, titleEnglish: String?, kind: Document.Kind?, year: Int?, issuers: [String] = []
        var description: String?, sources: [String]?
        guard var object = try fields.beginObject(Document.Field.self) else { return nil }
        while let field = try fields.nextField(in: &object) {
            switch field {
            case .id: id = try fields.identifier()
            case .title: title = try fields.text(nullable: false)
            case .titleEnglish: titleEnglish = try fields.text()
            case .kind: kind = try fields.choice(Document.Kind.self)
            case .year: year = try fields.integer(in: 1...9999, nullable: true)
            case .issuers: issuers = try fields.identifierList(field)
            case .description: description = try fields.text(allowsLineBreaks: true)
            case .sources: sources = try fields.identifierList(field)
            }
        }
        guard fields.hasRequiredFields(object), let id, let title, let kind, let sources else {
            fields.noteDropped(id)
            return nil
        }
        return Document(
            id: id, title: title, titleEnglish: titleEnglish, kind: kind, year: year, issuers: issuers,
            description: description, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }
}
