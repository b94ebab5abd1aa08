import { defineObjectCheck } from '../src/engine/check.js';
import { compareVersions, parseMinorVersion } from '../src/model/api-lifecycle.js';
import { isKind, isRecord } from '../src/model/kinds.js';
import { findPlaceholder } from '../src/model/placeholder.js';
/**
 * What cron.ParseStandard (github.com/robfig/cron/v3, the parser ValidateCronJobSpec calls) finds wrong with
 * a schedule, if anything. A port of its parser: a descriptor (@daily, @every <Go duration>), or exactly five
 * whitespace-separated fields, each a comma-separated list of `*`, `?`, `N` or `N-M`, optionally `/step`,
 * with month and weekday names. Every step looks at each character a bounded number of times.
 */
function cronScheduleProblem(schedule) {
    if (schedule.length === 0)
        return 'is empty';
    if (schedule.startsWith('@'))
        return descriptorProblem(schedule);
    const fields = goFields(schedule);
    if (fields.length !== 5)
        return `has ${fields.length} field${fields.length === 1 ? '' : 's'}, not the 5 of minute, hour, day of month, month and day of week`;
    for (let i = 0; i < 5; i++) {
        const problem = fieldProblem(fields[i] ?? '', cronFields[i]);
        if (problem)
            return problem;
    }
    return undefined;
}
const cronFields = [
    { name: 'minute', min: 0, max: 59 },
    { name: 'hour', min: 0, max: 23 },
    { name: 'day of month', min: 1, max: 31 },
    {
        name: 'month',
        min: 1,
        max: 12,
        names: new Map(['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].map((month, i) => [month, i + 1])),
    },
    // 0-6: robfig/cron takes no 7 for Sunday.
    { name: 'day of week', min: 0, max: 6, names: new Map(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'].map((day, i) => [day, i])) },
];
const descriptors = new Set(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly']);
function descriptorProblem(schedule) {
    if (descriptors.has(schedule))
        return undefined;
    const every = '@every ';
    if (schedule.startsWith(every)) {
        return isGoDuration(schedule.slice(every.length)) ? undefined : `has "${schedule.slice(every.length)}" after @every, which is not a Go duration such as 90s, 15m or 1h30m`;
    }
    return 'is not a known descriptor (@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly or @every <duration>)';
}
/** unicode.IsSpace, which strings.Fields splits on. */
function isGoSpace(code) {
    return ((code >= 9 && code <= 13) ||
        code === 32 ||
        code === 0x85 ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000);
}
function goFields(text) {
    const fields = [];
    let start = -1;
    for (let i = 0; i <= text.length; i++) {
        const space = i === text.length || isGoSpace(text.charCodeAt(i));
        if (space && start !== -1) {
            fields.push(text.slice(start, i));
            start = -1;
        }
        else if (!space && start === -1) {
            start = i;
        }
    }
    return fields;
}
function fieldProblem(field, bounds) {
    // strings.FieldsFunc on ',': empty items are dropped, not errors.
    for (const expression of field.split(',')) {
        if (expression === '')
            continue;
        const problem = rangeProblem(expression, bounds);
        if (problem)
            return `has ${bounds.name} field "${field}": ${problem}`;
    }
    return undefined;
}
function rangeProblem(expression, bounds) {
    const rangeAndStep = expression.split('/');
    const lowAndHigh = (rangeAndStep[0] ?? '').split('-');
    const low = lowAndHigh[0] ?? '';
    let start;
    let end;
    if (low === '*' || low === '?') {
        // Whatever follows a '-' after '*' is ignored by the parser.
        start = bounds.min;
        end = bounds.max;
    }
    else {
        const first = intOrName(low, bounds);
        if (typeof first === 'string')
            return first;
        start = first;
        if (lowAndHigh.length === 1) {
            end = start;
        }
        else if (lowAndHigh.length === 2) {
            const last = intOrName(lowAndHigh[1] ?? '', bounds);
            if (typeof last === 'string')
                return last;
            end = last;
        }
        else {
            return `"${expression}" has more than one '-'`;
        }
    }
    if (rangeAndStep.length > 2)
        return `"${expression}" has more than one '/'`;
    if (rangeAndStep.length === 2) {
        const step = goAtoi(rangeAndStep[1] ?? '');
        if (step === undefined)
            return `step "${rangeAndStep[1] ?? ''}" of "${expression}" is not a number`;
        if (step < 0)
            return `step of "${expression}" is negative`;
        if (lowAndHigh.length === 1)
            end = bounds.max; // N/step means N-max/step
        if (start < bounds.min)
            return `${start} is below the minimum ${bounds.min}`;
        if (end > bounds.max)
            return `${end} is above the maximum ${bounds.max}`;
        if (start > end)
            return `range "${expression}" starts after it ends`;
        if (step === 0)
            return `step of "${expression}" is 0`;
        return undefined;
    }
    if (start < bounds.min)
        return `${start} is below the minimum ${bounds.min}`;
    if (end > bounds.max)
        return `${end} is above the maximum ${bounds.max}${bounds.name === 'day of week' && end === 7 ? ' (Sunday is 0)' : ''}`;
    if (start > end)
        return `range "${expression}" starts after it ends`;
    return undefined;
}
/** A month or weekday name (any case), or a non-negative integer; otherwise what is wrong. */
function intOrName(text, bounds) {
    const named = bounds.names?.get(text.toLowerCase());
    if (named !== undefined)
        return named;
    const value = goAtoi(text);
    if (value === undefined)
        return `"${text}" is not a number${bounds.names ? ' or a three-letter name' : ''}`;
    if (value < 0)
        return `"${text}" is negative`;
    return value;
}
const maxInt64 = 9223372036854775807n;
/** strconv.Atoi: an optional sign, then decimal digits (leading zeros too), within int64. */
function goAtoi(text) {
    let i = 0;
    let negative = false;
    if (text.startsWith('+') || text.startsWith('-')) {
        negative = text.startsWith('-');
        i = 1;
    }
    if (i === text.length)
        return undefined;
    for (let j = i; j < text.length; j++) {
        const code = text.charCodeAt(j);
        if (code < 48 || code > 57)
            return undefined;
    }
    const digits = text.slice(i);
    if (BigInt(digits) > maxInt64 + (negative ? 1n : 0n))
        return undefined; // out of range: an error
    const value = Number(digits);
    return negative ? -value : value;
}
const durationUnits = new Set(['ns', 'us', 'µs', 'μs', 'ms', 's', 'm', 'h']);
/** time.ParseDuration's grammar: `[-+]?([0-9]*(\.[0-9]*)?[a-z]+)+`, or "0" (overflow not judged). */
function isGoDuration(text) {
    let s = text;
    if (s.startsWith('-') || s.startsWith('+'))
        s = s.slice(1);
    if (s === '0')
        return true;
    if (s === '')
        return false;
    let i = 0;
    const isDigit = (at) => {
        const code = s.charCodeAt(at);
        return code >= 48 && code <= 57;
    };
    while (i < s.length) {
        if (!(s[i] === '.' || isDigit(i)))
            return false;
        const before = i;
        while (i < s.length && isDigit(i))
            i++;
        let digits = i > before;
        if (s[i] === '.') {
            i++;
            const after = i;
            while (i < s.length && isDigit(i))
                i++;
            digits ||= i > after;
        }
        if (!digits)
            return false;
        const unitStart = i;
        while (i < s.length && s[i] !== '.' && !isDigit(i))
            i++;
        if (!durationUnits.has(s.slice(unitStart, i)))
            return false;
    }
    return true;
}
// validateTimeZone: each '/'-separated part 1-14 of these characters, not '.' or '..', not starting with '-'.
const timeZonePart = /^[A-Za-z._\-0-9+]{1,14}$/;
// Zones Go's tz database may know that this runtime's ICU does not.
const extraZones = new Set(['Factory', 'posixrules', 'America/Ciudad_Juarez', 'America/Coyhaique', 'Europe/Kyiv', 'Pacific/Kanton']);
/** What validateTimeZone finds wrong with a timeZone, if anything; names are looked up in the runtime's Intl. */
function timeZoneProblem(zone) {
    if (zone === '')
        return 'is empty: leave timeZone out for the controller\'s local time zone, or name one';
    for (const part of zone.split('/')) {
        if (part === '.' || part === '..' || part.startsWith('-') || !timeZonePart.test(part))
            return 'is not a time zone name of the tz database';
    }
    if (zone.toLowerCase() === 'local')
        return 'is not allowed: the time zone must be explicit, as Europe/Berlin or Etc/UTC';
    if (extraZones.has(zone))
        return undefined;
    try {
        new Intl.DateTimeFormat('en', { timeZone: zone });
        return undefined;
    }
    catch (error) {
        return error instanceof RangeError ? 'is not a time zone of the tz database (as Europe/Berlin, America/New_York or Etc/UTC)' : undefined;
    }
}
// A SCHEDULE or CRON_SCHEDULE left for a tutorial's reader to fill in.
const shouted = /^[A-Z][A-Z0-9_]*$/;
/** Creating a CronJob with TZ in its schedule fails from 1.27 (kubernetes#116252); timeZone is validated from 1.25. */
const tzForbiddenSince = [1, 27];
const timeZoneSince = [1, 25];
export default defineObjectCheck({
    meta: {
        id: 'cronjob-schedule-invalid',
        title: 'CronJob schedule or time zone the API server rejects',
        severity: 'error',
        category: 'correctness',
        description: 'Fires where ValidateCronJobCreate (pkg/apis/batch/validation) rejects a CronJob\'s spec.schedule or spec.timeZone. ' +
            'The schedule must parse with cron.ParseStandard of github.com/robfig/cron/v3: one of @yearly, @annually, ' +
            '@monthly, @weekly, @daily, @midnight, @hourly or "@every <duration>" (a Go duration such as 1h30m), or exactly ' +
            'five fields (minute 0-59, hour 0-23, day of month 1-31, month 1-12 or jan-dec, day of week 0-6 or sun-sat; no ' +
            '7 for Sunday, no L, W or #) of comma-separated `*`, `?`, `N` or `N-M`, each optionally with `/step`; and from ' +
            'Kubernetes 1.27 it may not contain TZ (CRON_TZ= or TZ=: the timeZone field replaces them). A timeZone must be a ' +
            'non-empty tz database name other than Local, of parts of at most 14 letters, digits, ".", "_", "-" and "+", ' +
            'that the tz database knows (judged by the runtime\'s Intl time zones, which accept every name Go\'s database ' +
            'has and more, so a near miss in case only is not reported). Schedules holding template placeholders are left ' +
            'to template-placeholder.',
        risk: 'The API server refuses the CronJob, so kubectl apply, Helm or the GitOps controller fails at deploy time, and ' +
            'the job it schedules (a backup, a cleanup, a report) never runs until someone notices.',
        mitigation: 'Write five fields with values in range (Sunday is 0), or a descriptor such as @daily, and set the time zone ' +
            'with spec.timeZone (an IANA name such as Europe/Berlin) instead of CRON_TZ= in the schedule.',
        example: `apiVersion: batch/v1
kind: CronJob
metadata: { name: nightly-backup }
spec:
  schedule: "30 2 * * 1-5"
  timeZone: Europe/Berlin
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers: [{ name: backup, image: "registry.example.com/backup:1.4.2" }]`,
    },
    kinds: ['CronJob'],
    check(object, { settings, report }) {
        if (!isKind(object, 'CronJob'))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const name = typeof object.metadata?.name === 'string' ? object.metadata.name : '';
        const target = parseMinorVersion(settings.kubernetesVersion);
        const reached = (since) => target === undefined || compareVersions(target, since) >= 0;
        const schedule = spec['schedule'];
        if (typeof schedule === 'string' && findPlaceholder(schedule) === undefined && !shouted.test(schedule)) {
            if (schedule.includes('TZ')) {
                if (reached(tzForbiddenSince)) {
                    report({
                        path: ['spec', 'schedule'],
                        message: `The schedule ${JSON.stringify(schedule)} of CronJob "${name}" contains TZ: the API server refuses CRON_TZ= and TZ= in new CronJobs; set spec.timeZone instead.`,
                    });
                }
            }
            else {
                const problem = cronScheduleProblem(schedule);
                if (problem)
                    report({ path: ['spec', 'schedule'], message: `The schedule ${JSON.stringify(schedule)} of CronJob "${name}" ${problem}.` });
            }
        }
        const timeZone = spec['timeZone'];
        if (typeof timeZone === 'string' && findPlaceholder(timeZone) === undefined && reached(timeZoneSince)) {
            const problem = timeZoneProblem(timeZone);
            if (problem)
                report({ path: ['spec', 'timeZone'], message: `timeZone ${JSON.stringify(timeZone)} of CronJob "${name}" ${problem}.` });
        }
    },
});
