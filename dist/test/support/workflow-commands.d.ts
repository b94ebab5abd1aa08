/** The commands GitHub's runner registers (actions/runner, ActionCommandManager), stop-commands among them. */
export declare const registered: string[];
export interface RunnerCommand {
    name: string;
    properties: Record<string, string>;
    data: string;
}
/**
 * What GitHub's runner reads from one line of a step's output (actions/runner, ActionCommand.TryParseV2 and
 * TryParse): `::name props::data` after leading blanks, or `##[name props]data` anywhere in the line.
 */
export declare function runnerCommand(line: string): RunnerCommand | undefined;
