// Scalars resolve as go-yaml v2 does (sigs.k8s.io/yaml, which kubectl and the API server use to turn
// YAML into JSON): YAML 1.1 booleans, 0755 as octal, underscores in numbers; but, unlike YAML 1.1 as
// the yaml package implements it, no sexagesimal numbers and timestamps that stay strings.
const underscores = '_*';
const digitsOf = (set) => `(?:[${set}]${underscores})+`;
const signed = `(?:[-+]${underscores})?`;
// After go-yaml drops every `_` of a scalar that starts with a digit or a sign, strconv.ParseInt(s, 0, 64)
// reads it; the patterns below are those grammars with `_` allowed after any character.
const goIntPattern = new RegExp(`^(?=[-+0-9])${signed}(?:0${underscores}(?:[xX]${underscores}${digitsOf('0-9a-fA-F')}|[oO]${underscores}${digitsOf('0-7')}|[bB]${underscores}${digitsOf('01')}|(?:[0-7]${underscores})*)|[1-9]${underscores}(?:[0-9]${underscores})*)$`);
const goFloatPattern = new RegExp(`^(?:(?=[-+0-9])${signed}(?:\\.${underscores}${digitsOf('0-9')}|${digitsOf('0-9')}(?:\\.${underscores}(?:[0-9]${underscores})*)?)(?:[eE]${underscores}${signed}${digitsOf('0-9')})?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?)$`);
export const plainIntPattern = /^[-+]?(?:0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/;
/** The number go-yaml v2 reads from a plain scalar the patterns above accept; the text when it overflows. */
function goNumber(text) {
    const plain = text.startsWith('.') ? text : text.replace(/_/g, '');
    const value = plainIntPattern.test(plain) ? goInteger(plain) : Number(plain);
    if (!Number.isFinite(value))
        return text; // strconv reports a range error and the scalar stays a string
    return value === 0 ? 0 : value;
}
function goInteger(plain) {
    const negative = plain.startsWith('-');
    const body = /^[-+]/.test(plain) ? plain.slice(1) : plain;
    const prefix = body.slice(0, 2).toLowerCase();
    let value;
    if (prefix === '0x')
        value = parseInt(body.slice(2), 16);
    else if (prefix === '0o')
        value = parseInt(body.slice(2), 8);
    else if (prefix === '0b')
        value = parseInt(body.slice(2), 2);
    else if (body.startsWith('0'))
        value = parseInt(body, 8);
    else
        value = Number(body);
    return negative ? -value : value;
}
export const kubernetesTags = [
    { tag: 'tag:yaml.org,2002:null', default: true, test: /^(?:~|null|Null|NULL)?$/, resolve: () => null },
    { tag: 'tag:yaml.org,2002:bool', default: true, test: /^(?:y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON)$/, resolve: () => true },
    { tag: 'tag:yaml.org,2002:bool', default: true, test: /^(?:n|N|no|No|NO|false|False|FALSE|off|Off|OFF)$/, resolve: () => false },
    {
        tag: 'tag:yaml.org,2002:float',
        default: true,
        test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/,
        resolve: (text) => (text.endsWith('nan') || text.endsWith('NaN') || text.endsWith('NAN') ? NaN : text.startsWith('-') ? -Infinity : Infinity),
    },
    { tag: 'tag:yaml.org,2002:int', default: true, test: goIntPattern, resolve: goNumber },
    { tag: 'tag:yaml.org,2002:float', default: true, test: goFloatPattern, resolve: goNumber },
    // go-yaml decodes !!binary into a string of the decoded bytes, which JSON then carries as text.
    { tag: 'tag:yaml.org,2002:binary', resolve: (text) => Buffer.from(text.replace(/\s+/g, ''), 'base64').toString('utf8') },
];
/** strconv.FormatFloat(value, 'g', -1, 64), which sigs.k8s.io/yaml uses for float keys. */
export function goFloatKey(value) {
    if (Number.isNaN(value))
        return '.nan';
    if (!Number.isFinite(value))
        return value > 0 ? '.inf' : '-.inf';
    if (value === 0)
        return '0';
    const [mantissa = '', exponentText = '0'] = value.toExponential().split('e');
    const exponent = Number(exponentText);
    if (exponent < -4 || exponent >= 6)
        return `${mantissa}e${exponent < 0 ? '-' : '+'}${String(Math.abs(exponent)).padStart(2, '0')}`;
    return String(value);
}
/**
 * The value of a plain scalar as the yaml package resolves it with kubernetesTags: the first tag whose
 * test matches, else the text. Most plain scalars are words; only these first characters can match.
 */
export function resolvePlainScalar(text) {
    if (text.length > 0 && !mayMatchATag(text.charCodeAt(0)))
        return text;
    for (const tag of kubernetesTags) {
        if (tag.test?.test(text))
            return tag.resolve(text, ignoreError, {});
    }
    return text;
}
function ignoreError() { }
/** ~ . + - digits, and the letters that start null, y/yes/true/on and n/no/false/off. */
function mayMatchATag(code) {
    if (code >= 0x30 && code <= 0x39)
        return true;
    switch (code) {
        case 0x7e:
        case 0x2e:
        case 0x2b:
        case 0x2d:
        case 0x6e:
        case 0x4e:
        case 0x79:
        case 0x59:
        case 0x74:
        case 0x54:
        case 0x66:
        case 0x46:
        case 0x6f:
        case 0x4f:
            return true;
        default:
            return false;
    }
}
/** A scalar key as sigs.k8s.io/yaml writes it into JSON; `source` is its text as written (plain scalars only). */
export function jsonKey(value, plainSource) {
    if (value === null || value === undefined)
        return '';
    if (typeof value === 'number' && plainSource !== undefined && !plainIntPattern.test(plainSource.replace(/_/g, '')))
        return goFloatKey(value);
    return String(value);
}
