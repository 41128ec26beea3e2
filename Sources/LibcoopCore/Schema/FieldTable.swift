/// A kind's members laid out for the decoder: the names packed into words (`PackedName`), to
/// match a member name in the file without making a string of it, and the required members as a
/// bit set.
public struct FieldTable<Field: RecordField>: Sendable {
    let fields: [Field]
    let names: [String]
    private let namesUTF8: [[UInt8]]
    /// `names` packed, `PackedName.unmatchable` for a name too long to pack.
    private let packedNames: [PackedName]
    /// Bit `i` is set when `fields[i]` is required.
    let requiredMask: UInt64

    public init(_ type: Field.Type) {
        fields = Field.allCases
        precondition(fields.count <= 64, "a record's fields are tracked in a 64-bit set")
        names = fields.map(\.rawValue)
        namesUTF8 = names.map { Array($0.utf8) }
        packedNames = namesUTF8.map { PackedName($0) ?? .unmatchable }
        var mask: UInt64 = 0
        for (index, field) in fields.enumerated() where field.isRequired { mask |= 1 << UInt64(index) }
        requiredMask = mask
    }

    /// The position of the member name `key`, or `nil` when it is not one of them. The search
    /// starts at `hint` and wraps around: members usually come in the declared order, so the name
    /// after the previous member's is the likeliest.
    @inline(__always)
    func index(of key: JSONRawKey, in bytes: UnsafeBufferPointer<UInt8>, startingAt hint: Int) -> Int? {
        guard !key.hasEscapes, let packed = PackedName(key.content, in: bytes) else {
            return namesUTF8.firstIndex { key.equals($0, in: bytes) }
        }
        return packedNames.withUnsafeBufferPointer { names in
            let count = names.count
            var index = hint < count ? hint : 0
            for _ in 0..<count {
                if names[index] == packed { return index }
                index &+= 1
                if index == count { index = 0 }
            }
            return nil
        }
    }
}
