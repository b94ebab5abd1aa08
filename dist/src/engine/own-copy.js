/**
 * The characters of `text` in a string of their own, for what a run keeps after its checks (findings, the
 * objects it lists). V8 holds a string built by concatenation as a tree of its parts (a finding's message
 * of 170 characters: some 14 nodes, 900 bytes, where one flat copy takes 190) and a slice as a view into
 * the string it was cut from (a name read from a manifest keeps the manifest's whole text alive). Slicing
 * a concatenation makes V8 copy it flat; what the slice then keeps alive is that copy, one character longer.
 */
export function ownCopy(text) {
    return (typeof text === 'string' ? ` ${text}`.slice(1) : text);
}
/** An object's reference with strings of its own (see ownCopy). */
export function ownRef(ref) {
    return { apiVersion: ownCopy(ref.apiVersion), kind: ownCopy(ref.kind), namespace: ownCopy(ref.namespace), name: ownCopy(ref.name) };
}
/**
 * The items of `list` in a list with no room to grow. V8 gives a list filled by push room for 16 more items
 * and half again its length (a sequence of one port takes 144 bytes), room that a list kept to the end of
 * the run holds for nothing.
 */
export function exactSize(list) {
    return list.slice();
}
