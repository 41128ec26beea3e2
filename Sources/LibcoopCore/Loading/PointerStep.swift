/// One step of the JSON pointer to the value `FieldDecoder` is reading: a declared member, as its
/// kind and its position in the kind's `FieldTable`, or an array index.
///
/// It holds no string, so stepping into and out of a member costs no reference counting; the
/// member's name is looked up only when a problem is reported.
enum PointerStep {
    case member(any RecordField.Type, Int)
    case index(Int)

    /// The step as a pointer component.
    var component: JSONPointer.Component {
        switch self {
        case .member(let kind, let index): .key(kind.memberName(at: index))
        case .index(let index): .index(index)
        }
    }
}

extension RecordField {
    /// The name of the member at `index` in the kind's `table`.
    static func memberName(at index: Int) -> String {
        table.names[index]
    }
}
