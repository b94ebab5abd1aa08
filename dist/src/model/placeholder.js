const finder = (pattern) => (value) => pattern.exec(value)?.[0];
// {{ var }}, {{- .Values.x -}}: any text without braces between the delimiters, the trim markers and
// spaces included (a lazy `{{-?\s*[^{}]+?\s*-?}}` matched the same, in time cubic in a run of spaces).
const goTemplate = finder(/\{\{[^{}]+\}\}/);
const otherPlaceholders = [
    envPlaceholder, // ${VAR}, ${VAR:-default}
    finder(/__[A-Z][A-Z0-9_]*[A-Z0-9]__/), // __VAR__
    finder(/%[A-Z][A-Z0-9_]*[A-Z0-9]%/), // %VAR%
    finder(/@[A-Z][A-Z0-9_]*[A-Z0-9]@/), // @VAR@
    finder(/<[A-Z][A-Z0-9_-]*[A-Z0-9]>/), // <VAR>
    finder(/<(?:your|my|insert|replace|enter)[-_ ][\w .-]+>/i), // <your-project-id>
    finder(/\b(?:REPLACE[_-]?ME|CHANGE[_-]?ME)\b/i),
];
const allPlaceholders = [goTemplate, ...otherPlaceholders];
/**
 * The first `${NAME}`, `${NAME:-default}`, `${NAME?message}`... : a name, then `}` or an operator and
 * anything up to the first `}`. Not `${pvc.name}` nor `${pv.name}`. The regular expression that said so
 * (`[\w.:-]*(?:[:?+-][^}]*)?}`) rescanned the rest of the value from every `${` and every `:` of a name;
 * here each `${` is looked at once, against the first `}` after it.
 */
function envPlaceholder(value) {
    let close = -1;
    for (let open = value.indexOf('${'); open !== -1; open = value.indexOf('${', open + 1)) {
        if (close < open)
            close = value.indexOf('}', open + 2);
        if (close === -1)
            return undefined; // no later `${` has a `}` after it either
        if (isEnvPlaceholderBody(value, open + 2, close))
            return value.slice(open, close + 1);
    }
    return undefined;
}
/** Whether value[from, to) is `NAME`, or `NAME` then one of `:?+-` then anything: NAME as in `[A-Za-z_][\w.]*`. */
function isEnvPlaceholderBody(value, from, to) {
    if (value.startsWith('pv.', from) || value.startsWith('pvc.', from))
        return false;
    if (from >= to || !/[A-Za-z_]/.test(value.charAt(from)))
        return false;
    let i = from + 1;
    while (i < to && /[\w.]/.test(value.charAt(i)))
        i++;
    return i === to || ':?+-'.includes(value.charAt(i));
}
// Every pattern above needs one of these (REPLACE_ME and CHANGE_ME an "e" before "me"): most values have
// none, and are cleared in one pass.
const anyPlaceholderCharacter = /[{$%@<]|__|e[-_]?me/i;
const withGoTemplates = { goTemplates: true };
/** The first placeholder in a string value, if any. */
export function findPlaceholder(value, options = withGoTemplates) {
    if (!anyPlaceholderCharacter.test(value))
        return undefined;
    const finders = options.goTemplates ? allPlaceholders : otherPlaceholders;
    for (let i = 0; i < finders.length; i++) {
        const found = finders[i]?.(value);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
// Fields whose value must be a lowercase DNS name or image reference, so `KSA_NAME` can only be a placeholder.
const lowercaseFields = new Set([
    'namespace',
    'serviceAccountName',
    'serviceAccount',
    'volumeName',
    'claimName',
    'storageClassName',
    'secretName',
    'priorityClassName',
    'nodeName',
    'image',
]);
/**
 * A bare SHOUTED_NAME (with an underscore) where Kubernetes only accepts lowercase names: the
 * placeholder style of tutorials that say "replace KSA_NAME with your service account".
 */
export function shoutedPlaceholder(path, value) {
    // Asked of every string value: most do not start with a capital letter, and need no regular expression.
    const first = value.charCodeAt(0);
    if (first < 65 || first > 90 || !/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(value))
        return undefined;
    const key = path.at(-1);
    const parent = path.at(-2);
    const isNameField = (typeof key === 'string' && lowercaseFields.has(key)) ||
        (key === 'name' && (parent === 'metadata' || (typeof parent === 'string' && /(?:Ref|^configMap|^secret)$/.test(parent))));
    return isNameField ? value : undefined;
}
/**
 * An unquoted `{{VAR}}` is valid YAML: a flow mapping whose only key is another flow mapping.
 * The parser hands it over as a one-key object such as `{ "{ VAR }": null }`.
 */
export function unquotedMustache(value) {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
        return undefined;
    // The only key, found without listing the keys: asked of every one-key mapping.
    let only;
    for (const key in value) {
        if (!Object.hasOwn(value, key))
            continue;
        if (only !== undefined)
            return undefined;
        only = key;
    }
    if (only === undefined || value[only] !== null || !/^\{.*\}$/s.test(only))
        return undefined;
    return `{${only}}`;
}
