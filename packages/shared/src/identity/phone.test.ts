import { describe, expect, it } from 'vitest';
import { isMobile, MOBILE_PATTERN } from './phone.js';

describe('isMobile', () => {
  it.each([
    '13900000001',
    '13012345678',
    '14512345678',
    '15012345678',
    '16612345678',
    '17012345678',
    '18612345678',
    '19912345678',
  ])('accepts the mainland mobile number %s', (value) => {
    expect(isMobile(value)).toBe(true);
  });

  it.each([
    ['a second digit 0', '10012345678'],
    ['a second digit 1', '11012345678'],
    ['a second digit 2', '12012345678'],
    ['a first digit other than 1', '23900000001'],
    ['10 digits', '1390000000'],
    ['12 digits', '139000000012'],
    ['a country code', '+8613900000001'],
    ['a leading 86', '8613900000001'],
    ['spaces inside', '139 0000 0001'],
    ['a space around it', ' 13900000001'],
    ['a hyphen', '139-00000001'],
    ['full-width digits', '１３９００００００01'],
    ['a letter', '1390000000a'],
    ['a landline', '04318888888'],
    ['nothing', ''],
  ])('rejects %s', (_, value) => {
    expect(isMobile(value)).toBe(false);
  });

  it('is what MOBILE_PATTERN says, anchored at both ends', () => {
    expect(MOBILE_PATTERN.test('13900000001')).toBe(true);
    expect(MOBILE_PATTERN.test('x13900000001')).toBe(false);
    expect(MOBILE_PATTERN.test('13900000001x')).toBe(false);
  });
});
