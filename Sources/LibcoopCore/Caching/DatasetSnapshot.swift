/// A validated dataset in the compact binary form the cache keeps, and back.
///
/// Reading a snapshot skips what makes loading a large file slow — parsing JSON, checking every
/// string's encoding and placing every member — and makes each distinct text once. A snapshot
/// says nothing about where it came from; `SnapshotFile` adds that. Every kind of record is
/// written member by member in the order its `Field` declares (`DatasetSnapshot+Records.swift`);
/// `schemaSignature` changes whenever a declaration does, so a snapshot of an older model is
/// never read as a newer one.
enum DatasetSnapshot {
    /// Bump when the way records are written changes without their declarations changing.
    static let formatVersion = 1

    /// The snapshot, in two parts to be written one after the other (a large dataset's snapshot
    /// is not copied to join them).
    static func encode(_ dataset: Dataset) -> (tables: [UInt8], body: [UInt8]) {
        var writer = SnapshotWriter(expectedBytes: dataset.staff.count * 24 + 4096)
        if let info = dataset.info {
            writer.boolean(true)
            write(info, to: &writer)
        } else {
            writer.boolean(false)
        }
        writer.count(dataset.sources.count)
        for source in dataset.sources { write(source, to: &writer) }
        writer.count(dataset.organizations.count)
        for organization in dataset.organizations { write(organization, to: &writer) }
        writer.count(dataset.libraries.count)
        for library in dataset.libraries { write(library, to: &writer) }
        writer.count(dataset.staff.count)
        for person in dataset.staff { write(person, to: &writer) }
        writer.count(dataset.programs.count)
        for program in dataset.programs { write(program, to: &writer) }
        writer.count(dataset.events.count)
        for event in dataset.events { write(event, to: &writer) }
        writer.count(dataset.phases.count)
        for phase in dataset.phases { write(phase, to: &writer) }
        writer.count(dataset.documents.count)
        for document in dataset.documents { write(document, to: &writer) }
        return (writer.tables(), writer.body)
    }

    /// The snapshot in one piece (for tests).
    static func encodedWhole(_ dataset: Dataset) -> [UInt8] {
        let (tables, body) = encode(dataset)
        return tables + body
    }

    /// The dataset in `bytes`; each person's name goes to `staffNames` as soon as they are read,
    /// when the staff index is built alongside (as when a file is decoded).
    static func decode(_ bytes: UnsafeRawBufferPointer, staffNames: StaffIndexStream? = nil) throws(SnapshotCorruption) -> Dataset {
        var reader = try SnapshotReader(bytes: bytes)
        var dataset = Dataset()
        if try reader.boolean() { dataset.info = try readInfo(&reader) }
        dataset.sources = try reader.records { reader throws(SnapshotCorruption) in try readSource(&reader) }
        dataset.organizations = try reader.records { reader throws(SnapshotCorruption) in try readOrganization(&reader) }
        dataset.libraries = try reader.records { reader throws(SnapshotCorruption) in try readLibrary(&reader) }
        dataset.staff = try reader.records { reader throws(SnapshotCorruption) in
            let person = try readStaff(&reader)
            staffNames?.add(name: person.name, alias: person.nameEnglish)
            return person
        }
        dataset.programs = try reader.records { reader throws(SnapshotCorruption) in try readProgram(&reader) }
        dataset.events = try reader.records { reader throws(SnapshotCorruption) in try readEvent(&reader) }
        dataset.phases = try reader.records { reader throws(SnapshotCorruption) in try readPhase(&reader) }
        dataset.documents = try reader.records { reader throws(SnapshotCorruption) in try readDocument(&reader) }
        guard reader.isAtEnd else { throw SnapshotCorruption(reason: "bytes after the last record") }
        return dataset
    }

    /// A hash of every kind's declared members (names, types, presence), so that a snapshot
    /// written by a libcoop whose records had other members is not read.
    static let schemaSignature: UInt64 = {
        var text = "\(formatVersion)"
        for type in RecordType.allCases {
            text += "|\(type.rawValue)"
            for field in type.recordDescription.fields {
                text += ":\(field.name) \(field.type) \(field.isRequired) \(field.allowsNull)"
            }
        }
        return Array(text.utf8).withUnsafeBufferPointer { FileFingerprint($0).hash }
    }()
}
