/// Decodes one dataset file's bytes into records, collecting every problem it can find on the way.
///
/// The format version is `formatVersion`; see docs/data-format.md for the fields.
struct DatasetFileDecoder {
    static let formatVersion = "libcoop/1"

    let fields: FieldDecoder
    /// Where each person's name goes as soon as they are read, when the loader indexes while decoding.
    private let staffNames: StaffIndexStream?

    init(bytes: UnsafeBufferPointer<UInt8>, startingAt offset: Int, file: Int, staffNames: StaffIndexStream? = nil) {
        fields = FieldDecoder(reader: JSONReader(bytes: bytes, startingAt: offset), file: file)
        self.staffNames = staffNames
    }

    var problems: [PendingProblem] { fields.problems }
    private var origin: Int32 { Int32(truncatingIfNeeded: fields.file) }

    /// Reads the whole document. A syntax error ends reading and is returned with the problems so far.
    func decode() -> Dataset {
        var dataset = Dataset()
        do {
            let documentOffset = fields.reader.position
            var format: String?
            let document = try fields.readObject(.document, what: "a dataset document") { key throws(JSONSyntaxError) in
                switch key {
                case "$schema": _ = try fields.text(nullable: false)
                case "format": format = try fields.text()
                case "dataset": dataset.info = try decodeInfo()
                case "sources": try records("sources") { index throws(JSONSyntaxError) in try decodeSource(index) }.map { dataset.sources = $0 }
                case "organizations": try records("organizations") { index throws(JSONSyntaxError) in try decodeOrganization(index) }.map { dataset.organizations = $0 }
                case "libraries": try records("libraries") { index throws(JSONSyntaxError) in try decodeLibrary(index) }.map { dataset.libraries = $0 }
                case "staff":
                    try records("staff") { index throws(JSONSyntaxError) in
                        let member = try decodeStaff(index)
                        if let member { staffNames?.add(name: member.name, alias: member.nameEnglish) }
                        return member
                    }.map { dataset.staff = $0 }
                case "programs": try records("programs") { index throws(JSONSyntaxError) in try decodeProgram(index) }.map { dataset.programs = $0 }
                case "events": try records("events") { index throws(JSONSyntaxError) in try decodeEvent(index) }.map { dataset.events = $0 }
                case "phases": try records("phases") { index throws(JSONSyntaxError) in try decodePhase(index) }.map { dataset.phases = $0 }
                case "documents": try records("documents") { index throws(JSONSyntaxError) in try decodeDocument(index) }.map { dataset.documents = $0 }
                default: break
                }
            }
            if document != nil {
                if let format, format != Self.formatVersion {
                    fields.report(.invalidValue, "unsupported format \"\(TextCheck.quoted(format))\"; this libcoop reads \"\(Self.formatVersion)\"", at: documentOffset)
                } else if format == nil {
                    fields.report(.missingField, "missing required field \"format\" (write \"format\": \"\(Self.formatVersion)\")", at: documentOffset)
                }
            }
            try fields.reader.expectEnd()
        } catch {
            fields.reportSyntax(error)
        }
        return dataset
    }

    private func records<Record>(_ what: String, _ decodeOne: (Int) throws(JSONSyntaxError) -> Record?) throws(JSONSyntaxError) -> [Record]? {
        var result: [Record] = []
        try fields.readArray(what: "a list of \(what)") { index throws(JSONSyntaxError) in
            if let record = try decodeOne(index) { result.append(record) }
        }
        return result
    }

    private func decodeInfo() throws(JSONSyntaxError) -> DatasetInfo? {
        var name: String?, nameEnglish: String?, description: String?, synthetic: Bool?
        let object = try fields.readObject(.datasetInfo, what: "dataset information") { key throws(JSONSyntaxError) in
            switch key {
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.text()
            case "description": description = try fields.text(allowsLineBreaks: true)
            case "synthetic": synthetic = try fields.boolean()
            default: break
            }
        }
        guard let object, let name = fields.require(name, "name", in: object) else { return nil }
        return DatasetInfo(name: name, nameEnglish: nameEnglish, description: description, synthetic: synthetic ?? false)
    }

    private func decodeSource(_ index: Int) throws(JSONSyntaxError) -> Source? {
        var id: String?, title: String?, titleEnglish: String?, site: String?, publisher: String?, author: String?
        var postedBy: String?, contributedBy: String?, date: PartialDate?, url: String?, synthetic: Bool?, notes: String?
        let object = try fields.readObject(.source, what: "a source") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "title": title = try fields.text(nullable: false)
            case "title_en": titleEnglish = try fields.text()
            case "site": site = try fields.text()
            case "publisher": publisher = try fields.text()
            case "author": author = try fields.text()
            case "posted_by": postedBy = try fields.text()
            case "contributed_by": contributedBy = try fields.text()
            case "date": date = try fields.date()
            case "url": url = try fields.text()
            case "synthetic": synthetic = try fields.boolean()
            case "notes": notes = try fields.text(allowsLineBreaks: true)
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let title = fields.require(title, "title", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return Source(
            id: id, title: title, titleEnglish: titleEnglish, site: site, publisher: publisher, author: author,
            postedBy: postedBy, contributedBy: contributedBy, date: date, url: url, synthetic: synthetic ?? false,
            notes: notes, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private func decodeOrganization(_ index: Int) throws(JSONSyntaxError) -> Organization? {
        var id: String?, name: String?, nameEnglish: String?, kind: Organization.Kind?, parent: String?, sources: [String]?
        let object = try fields.readObject(.organization, what: "an organization") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.text()
            case "kind": kind = try fields.choice(Organization.Kind.self)
            case "parent": parent = try fields.identifier(nullable: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let name = fields.require(name, "name", in: object),
              let kind = fields.require(kind, "kind", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return Organization(
            id: id, name: name, nameEnglish: nameEnglish, kind: kind, parent: parent, sources: sources,
            origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private func decodeLibrary(_ index: Int) throws(JSONSyntaxError) -> Library? {
        var id: String?, name: String?, nameEnglish: String?, tier: Library.Tier?, city: String?, district: String?
        var pairedWith: String?, address: String?, floors: [Floor] = [], unplaced: [Space] = [], notes: String?, sources: [String]?
        let object = try fields.readObject(.library, what: "a library") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.text()
            case "tier": tier = try fields.choice(Library.Tier.self)
            case "city": city = try fields.text()
            case "district": district = try fields.text()
            case "paired_with": pairedWith = try fields.identifier(nullable: true)
            case "address": address = try fields.text()
            case "floors": floors = try records("floors") { _ throws(JSONSyntaxError) in try decodeFloor() } ?? []
            case "spaces_without_floor": unplaced = try records("spaces") { _ throws(JSONSyntaxError) in try decodeSpace() } ?? []
            case "notes": notes = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let name = fields.require(name, "name", in: object),
              let tier = fields.require(tier, "tier", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
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

    private func decodeFloor() throws(JSONSyntaxError) -> Floor? {
        var level: Int?, label: String?, spaces: [Space]?
        let object = try fields.readObject(.floor, what: "a floor") { key throws(JSONSyntaxError) in
            switch key {
            case "level": level = try fields.integer(in: -20...300)
            case "label": label = try fields.text()
            case "spaces": spaces = try records("spaces") { _ throws(JSONSyntaxError) in try decodeSpace() }
            default: break
            }
        }
        guard let object,
              let level = fields.require(level, "level", in: object),
              let spaces = fields.require(spaces, "spaces", in: object) else { return nil }
        if level == 0 {
            fields.report(.invalidValue, "floor level 0 does not exist: the ground floor is 1 and the first basement is -1", at: object.offset)
            return nil
        }
        return Floor(level: level, label: label, spaces: spaces)
    }

    private func decodeSpace() throws(JSONSyntaxError) -> Space? {
        var id: String?, name: String?, nameEnglish: String?, kind: Space.Kind?, status: Space.Status?, notes: String?, sources: [String] = []
        let object = try fields.readObject(.space, what: "a space") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.sharedText()
            case "kind": kind = try fields.choice(Space.Kind.self)
            case "status": status = try fields.choice(Space.Status.self)
            case "notes": notes = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let name = fields.require(name, "name", in: object),
              let kind = fields.require(kind, "kind", in: object),
              let status = fields.require(status, "status", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return Space(id: id, name: name, nameEnglish: nameEnglish, kind: kind, status: status, notes: notes, sources: sources)
    }

    private func decodeStaff(_ index: Int) throws(JSONSyntaxError) -> StaffMember? {
        var id: String?, name: String?, nameEnglish: String?, library: String?, organization: String?
        var department: String?, departmentEnglish: String?, title: String?, titleEnglish: String?, sources: [String]?
        let object = try fields.readObject(.staff, what: "a staff member") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.text()
            case "library": library = try fields.identifier(nullable: true)
            case "organization": organization = try fields.identifier(nullable: true)
            case "department": department = try fields.sharedText()
            case "department_en": departmentEnglish = try fields.sharedText()
            case "title": title = try fields.sharedText()
            case "title_en": titleEnglish = try fields.sharedText()
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let name = fields.require(name, "name", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return StaffMember(
            id: id, name: name, nameEnglish: nameEnglish, library: library, organization: organization,
            department: department, departmentEnglish: departmentEnglish, title: title, titleEnglish: titleEnglish,
            sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private func decodeProgram(_ index: Int) throws(JSONSyntaxError) -> Program? {
        var id: String?, name: String?, nameEnglish: String?, kind: Program.Kind?, lead: String?
        var partners: [String] = [], organizations: [String] = [], mode: Program.Mode?, status: Program.Status?
        var start: PartialDate?, end: PartialDate?, description: String?, descriptionEnglish: String?, sources: [String]?
        let object = try fields.readObject(.program, what: "a program") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "name": name = try fields.text(nullable: false)
            case "name_en": nameEnglish = try fields.text()
            case "kind": kind = try fields.choice(Program.Kind.self)
            case "lead": lead = try fields.identifier(nullable: true)
            case "partners": partners = try fields.identifierList(what: "a list of library ids")
            case "organizations": organizations = try fields.identifierList(what: "a list of organization ids")
            case "mode": mode = try fields.choice(Program.Mode.self, nullable: true)
            case "status": status = try fields.choice(Program.Status.self, nullable: true)
            case "start": start = try fields.date()
            case "end": end = try fields.date()
            case "description": description = try fields.text(allowsLineBreaks: true)
            case "description_en": descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let name = fields.require(name, "name", in: object),
              let kind = fields.require(kind, "kind", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return Program(
            id: id, name: name, nameEnglish: nameEnglish, kind: kind, lead: lead, partners: partners,
            organizations: organizations, mode: mode, status: status, start: start, end: end, description: description,
            descriptionEnglish: descriptionEnglish, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private func decodeEvent(_ index: Int) throws(JSONSyntaxError) -> LinkageEvent? {
        var id: String?, title: String?, titleEnglish: String?, date: PartialDate?, endDate: PartialDate?, parent: String?
        var libraries: [String] = [], organizations: [String] = [], participants: [String] = [], programs: [String] = []
        var documents: [String] = [], spaces: [String] = [], description: String?, descriptionEnglish: String?, sources: [String]?
        let object = try fields.readObject(.event, what: "an event") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "title": title = try fields.text(nullable: false)
            case "title_en": titleEnglish = try fields.text()
            case "date": date = try fields.date(nullable: false)
            case "end_date": endDate = try fields.date()
            case "parent": parent = try fields.identifier(nullable: true)
            case "libraries": libraries = try fields.identifierList(what: "a list of library ids")
            case "organizations": organizations = try fields.identifierList(what: "a list of organization ids")
            case "participants": participants = try fields.identifierList(what: "a list of staff ids")
            case "programs": programs = try fields.identifierList(what: "a list of program ids")
            case "documents": documents = try fields.identifierList(what: "a list of document ids")
            case "spaces": spaces = try fields.identifierList(what: "a list of space ids")
            case "description": description = try fields.text(allowsLineBreaks: true)
            case "description_en": descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let title = fields.require(title, "title", in: object),
              let date = fields.require(date, "date", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
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

    private func decodePhase(_ index: Int) throws(JSONSyntaxError) -> LinkagePhase? {
        var id: String?, title: String?, titleEnglish: String?, start: PartialDate?, end: PartialDate?, ongoing: Bool?
        var parent: String?, libraries: [String] = [], organizations: [String] = [], description: String?
        var descriptionEnglish: String?, sources: [String]?
        let object = try fields.readObject(.phase, what: "a phase") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "title": title = try fields.text(nullable: false)
            case "title_en": titleEnglish = try fields.text()
            case "start": start = try fields.date()
            case "end": end = try fields.date()
            case "ongoing": ongoing = try fields.boolean()
            case "parent": parent = try fields.identifier(nullable: true)
            case "libraries": libraries = try fields.identifierList(what: "a list of library ids")
            case "organizations": organizations = try fields.identifierList(what: "a list of organization ids")
            case "description": description = try fields.text(allowsLineBreaks: true)
            case "description_en": descriptionEnglish = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let title = fields.require(title, "title", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return LinkagePhase(
            id: id, title: title, titleEnglish: titleEnglish, start: start, end: end, ongoing: ongoing ?? false,
            parent: parent, libraries: libraries, organizations: organizations, description: description,
            descriptionEnglish: descriptionEnglish, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }

    private func decodeDocument(_ index: Int) throws(JSONSyntaxError) -> Document? {
        var id: String?, title: String?, titleEnglish: String?, kind: Document.Kind?, year: Int?, issuers: [String] = []
        var description: String?, sources: [String]?
        let object = try fields.readObject(.documentRecord, what: "a document") { key throws(JSONSyntaxError) in
            switch key {
            case "id": id = try fields.identifier()
            case "title": title = try fields.text(nullable: false)
            case "title_en": titleEnglish = try fields.text()
            case "kind": kind = try fields.choice(Document.Kind.self)
            case "year": year = try fields.integer(in: 1...9999, nullable: true)
            case "issuers": issuers = try fields.identifierList(what: "a list of library or organization ids")
            case "description": description = try fields.text(allowsLineBreaks: true)
            case "sources": sources = try fields.identifierList(what: "a list of source ids")
            default: break
            }
        }
        guard let object,
              let id = fields.require(id, "id", in: object),
              let title = fields.require(title, "title", in: object),
              let kind = fields.require(kind, "kind", in: object),
              let sources = fields.require(sources, "sources", in: object) else {
            fields.noteDropped(id)
            return nil
        }
        return Document(
            id: id, title: title, titleEnglish: titleEnglish, kind: kind, year: year, issuers: issuers,
            description: description, sources: sources, origin: RecordOrigin(file: origin, index: Int32(index))
        )
    }
}
