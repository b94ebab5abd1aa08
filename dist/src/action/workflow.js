import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { escapeControls, forLog } from '../report/escape.js';
import { escapeData, escapeProperty } from '../report/github.js';
/**
 * What the Action writes where the runner reads it. The runner takes workflow commands from every line
 * of a step's stdout and stderr, so every line the Action passes on is either a command of its own or
 * kubeready's `github` format, escaped as the runner unescapes them, or made inert (src/report/escape.ts).
 */
/** A command of the Action's own, its title and message escaped. */
export function command(name, message = '', title) {
    return `::${name}${title === undefined ? '' : ` title=${escapeProperty(title)}`}::${escapeData(message)}\n`;
}
export function errorCommand(message) {
    return command('error', message, 'kubeready');
}
/**
 * A line of kubeready's `github` format: an annotation whose properties hold no `:`, `,` or line break
 * and whose message holds no line break, as escapeProperty and escapeData leave them.
 */
const annotation = /^::(error|warning|notice) [A-Za-z]+=[^,:\r\n]*(?:,[A-Za-z]+=[^,:\r\n]*)*::[^\r\n]*$/u;
export function annotationKind(line) {
    return annotation.exec(line)?.[1];
}
export function isAnnotation(line) {
    return annotationKind(line) !== undefined;
}
/** A line made inert: control characters as escapes, `##[` and a leading `::` broken. */
export function inert(line) {
    return forLog(line, { lineStart: true });
}
/**
 * A line of kubeready's `github` format passes as the command it is, its control characters (which the
 * runner would show raw in the log and the annotation) as escapes; any other line inert.
 */
export function annotationOrInert(line) {
    return isAnnotation(line) ? escapeControls(line) : inert(line);
}
/** Passes a child's output on line by line as it comes, each line as `show` makes it. */
export function lineFilter(write, show = inert) {
    let pending = '';
    const pass = (line) => write(`${show(line)}\n`);
    return {
        push(chunk) {
            const lines = (pending + chunk).split('\n');
            pending = lines.pop() ?? '';
            for (const line of lines)
                pass(line);
        },
        end() {
            if (pending !== '')
                pass(pending);
            pending = '';
        },
    };
}
/**
 * Step outputs in GITHUB_OUTPUT, each in the multi-line form `name<<DELIMITER` … `DELIMITER` with a
 * delimiter no one can know in advance, so that no value can end its own or set another output.
 */
export function writeOutputs(file, outputs) {
    let text = '';
    for (const [name, value] of Object.entries(outputs)) {
        const delimiter = `ghadelimiter_${randomUUID()}`;
        if (name.includes(delimiter) || value.includes(delimiter))
            throw new Error(`the value of output ${name} holds its delimiter`);
        text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    }
    appendFileSync(file, text);
}
