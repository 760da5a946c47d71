import { expect, test } from 'vitest';
import { dialUri } from '../../../electron/core/modules/calls/dial-uri';

test.each([
  ['+86 138-0013 8000', 'tel:+8613800138000'],
  ['0086 138 0013 8000', 'tel:+8613800138000'],
  ['(021) 5555-0100', 'tel:02155550100'],
  ['021 5555 0100 x12', 'tel:0215555010012'],
  ['+1 (555) 010-0199', 'tel:+15550100199'],
  ['0 21 5555', 'tel:0215555'],
])('%s dials %s', (number, uri) => {
  expect(dialUri(number)).toBe(uri);
});
