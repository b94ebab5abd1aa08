import { defineObjectCheck } from '../src/engine/check.js';
import { isKind, isRecord } from '../src/model/kinds.js';
export default defineObjectCheck({
    meta: {
        id: 'cronjob-deadline-missing',
        title: 'CronJob without a starting deadline',
        severity: 'info',
        category: 'disruptions',
        description: 'Fires on a batch CronJob that sets no spec.startingDeadlineSeconds. Without one, the CronJob controller ' +
            '(pkg/controller/cronjob, mostRecentScheduleTime and nextScheduleTime) counts missed schedules from the last ' +
            'run however long ago it was, and starts the most recent missed one however late it is; past 100 missed ' +
            'schedules it only records a TooManyMissedTimes warning event (the controller before v2 stopped scheduling ' +
            'the CronJob altogether). From kube-score\'s cronjob-has-deadline.',
        risk: 'A run that was missed (the controller was down or restarting, the CronJob was suspended, concurrencyPolicy ' +
            'Forbid kept it waiting behind a long run) starts as soon as the controller gets to it: a nightly batch or ' +
            'backup meant for 02:00 starts at noon, under peak load, or right when suspend is lifted. Nothing says how ' +
            'late is too late.',
        mitigation: 'Set spec.startingDeadlineSeconds to how late a run may still start to be useful (say 300 for a job every ' +
            'few minutes, a few hours for a nightly one): a run that cannot start by then is skipped and counted as ' +
            'missed, and the next one starts on time. Keep it above 10 seconds, the controller\'s sync period.',
        example: `apiVersion: batch/v1
kind: CronJob
metadata:
  name: report
spec:
  schedule: "0 2 * * *"
  startingDeadlineSeconds: 3600
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: registry.example.com/report:2.1.0`,
    },
    kinds: ['CronJob'],
    check(object, { ref, report }) {
        if (!isKind(object, 'CronJob'))
            return;
        const spec = object['spec'];
        if (!isRecord(spec))
            return;
        const deadline = spec['startingDeadlineSeconds'];
        if (deadline !== undefined && deadline !== null)
            return;
        const forbid = spec['concurrencyPolicy'] === 'Forbid' ? ', or that waited behind a run still active (concurrencyPolicy Forbid),' : '';
        const path = typeof spec['schedule'] === 'string' ? ['spec', 'schedule'] : ['spec'];
        report({
            path,
            message: `CronJob "${ref.name || '?'}" sets no spec.startingDeadlineSeconds: a run missed while the controller was down or the CronJob suspended${forbid} ` +
                'starts whenever the controller gets to it, however late.',
        });
    },
});
