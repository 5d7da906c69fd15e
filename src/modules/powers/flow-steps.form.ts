/** The steps form (`name-N`, `post-N`, `limit-N`, `checkpoint-N`) to and from flowchart steps. */
import type { FieldError } from '../../platform/errors/index.ts';
import type { FormState } from '../../platform/views/index.ts';
import { formValues } from '../../platform/http/index.ts';
import type { FlowStep } from './powers.queries.ts';
import { flowStepRow, maxFlowSteps } from './powers.schemas.ts';
import type { FlowStepInput } from './stage-templates.ts';

export function stepValues(steps: FlowStep[]): Record<string, string> {
  const values: Record<string, string> = {};
  steps.forEach((s, i) => {
    values[`name-${i}`] = s.name;
    values[`post-${i}`] = s.post;
    values[`limit-${i}`] = String(s.limitDays);
    if (s.isCheckpoint) values[`checkpoint-${i}`] = '1';
  });
  return values;
}

/** The steps in order, blank rows dropped; or the form again with each bad cell's problem. */
export function parseStepsForm(
  body: unknown,
): { ok: true; steps: FlowStepInput[] } | { ok: false; state: FormState } {
  const values = formValues(body);
  const steps: FlowStepInput[] = [];
  const errors: FieldError[] = [];
  for (let i = 0; i < maxFlowSteps; i++) {
    const name = values[`name-${i}`]?.trim() ?? '';
    const post = values[`post-${i}`]?.trim() ?? '';
    const limit = values[`limit-${i}`]?.trim() ?? '';
    if (name === '' && post === '' && limit === '') continue;
    const parsed = flowStepRow.safeParse({
      name,
      post,
      limitDays: limit === '' ? Number.NaN : limit,
      isCheckpoint: values[`checkpoint-${i}`] === '1',
    });
    if (parsed.success) {
      steps.push(parsed.data);
      continue;
    }
    const fields = new Set<string>();
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0]);
      const field = key === 'limitDays' ? `limit-${i}` : `${key}-${i}`;
      if (fields.has(field)) continue;
      fields.add(field);
      errors.push({ field, message: issue.message, vars: { row: i + 1 } });
    }
  }
  return errors.length > 0 ? { ok: false, state: { values, errors } } : { ok: true, steps };
}
