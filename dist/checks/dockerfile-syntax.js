import { defineSourceCheck } from '../src/engine/check.js';
const consequence = {
    DOCKERFILE_INVALID_UTF8: ': the rest of the file is linted as if the byte were U+FFFD',
};
export default defineSourceCheck({
    meta: {
        id: 'dockerfile-syntax',
        title: 'Dockerfile that docker build refuses',
        severity: 'error',
        category: 'correctness',
        description: 'Reports, in Dockerfiles and Containerfiles, what docker build refuses before it runs a step: a file ' +
            'without FROM (it is then not linted further), an instruction other than ARG before the first FROM, an ' +
            'unknown instruction, and bytes that are not UTF-8, at the line and column where they are; also an ' +
            'instruction with more than 256 flags, which no real file has and which the parser would take minutes ' +
            'over (the file is then not linted further). The YAML ' +
            'and JSON of the same run are yaml-syntax\'s.',
        risk: 'The image is not built, so the release that needs it fails in CI or, worse, ships the previous image.',
        mitigation: 'Fix the instruction at the reported position; start the file (after ARGs and parser directives) with FROM.',
        example: `# syntax=docker/dockerfile:1
ARG NODE_VERSION=20.19
FROM node:\${NODE_VERSION}-slim
USER node`,
    },
    check(problems, { report }) {
        for (const problem of problems) {
            if (!problem.code.startsWith('DOCKERFILE_'))
                continue;
            report({ start: problem.start, end: problem.end, message: `${problem.message}${consequence[problem.code] ?? ''}.` });
        }
    },
});
