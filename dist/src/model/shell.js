const operatorStarts = new Set(['|', '&', ';', '(', ')', '\n']);
export function shellTokens(script) {
    const tokens = [];
    let word = '';
    let inWord = false;
    const end = () => {
        if (inWord)
            tokens.push({ kind: 'word', text: word });
        word = '';
        inWord = false;
    };
    let i = 0;
    while (i < script.length) {
        const c = script[i] ?? '';
        if (c === '\\') {
            if (script[i + 1] === '\n') {
                i += 2; // a line continuation
                continue;
            }
            word += script[i + 1] ?? '';
            inWord = true;
            i += 2;
            continue;
        }
        if (c === "'") {
            const close = script.indexOf("'", i + 1);
            const stop = close === -1 ? script.length : close;
            word += script.slice(i + 1, stop);
            inWord = true;
            i = stop + 1;
            continue;
        }
        if (c === '"') {
            i++;
            while (i < script.length && script[i] !== '"') {
                if (script[i] === '\\' && i + 1 < script.length)
                    i++;
                word += script[i] ?? '';
                i++;
            }
            inWord = true;
            i++;
            continue;
        }
        if (c === '#' && !inWord) {
            const newline = script.indexOf('\n', i);
            i = newline === -1 ? script.length : newline;
            continue;
        }
        if (c === ' ' || c === '\t' || c === '\r') {
            end();
            i++;
            continue;
        }
        if (operatorStarts.has(c)) {
            end();
            const next = script[i + 1];
            const double = (c === '|' || c === '&' || c === ';') && next === c;
            // `|&` pipes stderr too: a pipe all the same.
            const text = double ? c + c : c === '|' && next === '&' ? '|' : c;
            tokens.push({ kind: 'operator', text });
            i += double || (c === '|' && next === '&') ? 2 : 1;
            continue;
        }
        word += c;
        inWord = true;
        i++;
    }
    end();
    return tokens;
}
/** The commands of each pipeline (`a | b | c`), each command its words, in order. */
export function pipelines(tokens) {
    const found = [];
    let pipeline = [];
    let command = [];
    const endCommand = () => {
        if (command.length > 0)
            pipeline.push(command);
        command = [];
    };
    const endPipeline = () => {
        endCommand();
        if (pipeline.length > 0)
            found.push(pipeline);
        pipeline = [];
    };
    for (const token of tokens) {
        if (token.kind === 'word')
            command.push(token.text);
        else if (token.text === '|')
            endCommand();
        else
            endPipeline();
    }
    endPipeline();
    return found;
}
/** Words that run the command after them: `sudo -E bash`, `env X=1 sh`, `exec sh`. */
const wrappers = new Set(['sudo', 'env', 'exec', 'command', 'nohup', 'time', 'doas']);
/** The index of the word naming the program a command runs: past variable assignments, wrappers and their options; -1 when none. */
export function programIndex(command) {
    for (const [i, word] of command.entries()) {
        if (word.startsWith('-'))
            continue; // an option of a wrapper
        const equals = word.indexOf('=');
        if (equals > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.slice(0, equals)))
            continue; // NAME=value
        if (wrappers.has(word.slice(word.lastIndexOf('/') + 1)))
            continue;
        return i;
    }
    return -1;
}
/** The program a command runs, as a base name (see programIndex). */
export function programOf(command) {
    const word = command[programIndex(command)];
    return word === undefined ? undefined : word.slice(word.lastIndexOf('/') + 1);
}
