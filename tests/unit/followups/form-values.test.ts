import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { fromDueInput, nextFullHour, toDueInput } from '../../../renderer/followups/dueInput';
import { serverErrors, validateFollowup } from '../../../renderer/followups/followupFormValues';
import { CallError } from '../../../renderer/bridge/CallError';
import type { FieldErrors } from '../../../renderer/forms/fieldErrors';
import { translator } from '../renderer/translator';

let en: TFunction;
let zh: TFunction;
beforeAll(async () => {
  en = await translator('en');
  zh = await translator('zh-CN');
});

const shown = (errors: FieldErrors, t: TFunction) =>
  Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, message(t)]));

const values = {
  kind: 'call' as const,
  subject: 'Call back',
  body: '',
  due: '2031-03-04T10:30',
  assigneeId: '1',
};

describe('the follow-up form', () => {
  test('accepts a subject and a due time', () => {
    expect(validateFollowup(values)).toEqual({});
  });

  test('asks for a subject and, except for a note, a due time, in both languages', () => {
    const errors = validateFollowup({ ...values, subject: '   ', due: '' });
    expect(shown(errors, en)).toEqual({
      subject: 'Please fill this in.',
      due: 'Choose when it is due (only notes may go without).',
    });
    expect(shown(errors, zh)).toEqual({
      subject: '请填写此项。',
      due: '请选择到期时间（只有备注可以不设）。',
    });
    expect(validateFollowup({ ...values, kind: 'note', due: '' })).toEqual({});
  });

  test('refuses a subject over 200 characters and a due time that is not one', () => {
    const errors = validateFollowup({ ...values, subject: 'x'.repeat(201), due: 'tomorrow' });
    expect(shown(errors, en)).toEqual({
      subject: 'Use at most 200 characters.',
      due: 'This value is not valid.',
    });
  });

  test('puts the server’s refusals beside the fields, an update’s too', () => {
    const refused = new CallError('followups.update', {
      code: 'VALIDATION',
      message: 'Some fields are not valid.',
      details: { issues: [{ path: ['patch', 'assigneeId'], message: 'no such active user' }] },
    });
    expect(shown(serverErrors(refused), en)).toEqual({
      assigneeId: 'This user cannot be given follow-ups any more; choose someone else.',
    });
  });

  test('a due time round-trips through the date and time input, to the minute', () => {
    const at = new Date(2031, 2, 4, 10, 30).getTime();
    expect(toDueInput(at)).toBe('2031-03-04T10:30');
    expect(fromDueInput('2031-03-04T10:30')).toBe(at);
    expect(fromDueInput('')).toBeNull();
    expect(fromDueInput('soon')).toBeNaN();
    expect(nextFullHour(new Date(2031, 2, 4, 10, 30).getTime())).toBe(new Date(2031, 2, 4, 11, 0).getTime());
  });
});
