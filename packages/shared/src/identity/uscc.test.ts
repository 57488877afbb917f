import { describe, expect, it } from 'vitest';
import { checkUscc, usccCheckChar } from './uscc.js';

/**
 * GB 32100-2015 written independently of the source: the 31 characters are the digits and the capital letters
 * without I, O, Z, S and V; the weight of position i (0-based) is 3^i mod 31 and the check value is
 * 31 - (sum mod 31), written as 0 when it is 31.
 */
const REF_ALPHABET = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'].filter((c) => !'IOZSV'.includes(c)).join('');
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += REF_ALPHABET.indexOf(first17[i]!) * (3 ** i % 31);
  return REF_ALPHABET[(31 - (sum % 31)) % 31]!;
}

function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEMO_USCC = '91220101MA17A0001Q';
/**
 * Published codes of real organisations, each checked with the reference above and, separately, with a Python
 * implementation of GB 32100 while writing this test: the standard's own example and three companies.
 */
const PUBLISHED = ['91350100M000100Y43', '91110000600037341L', '91110108551385082Q', '914403001922038216'];

const MESSAGE_LENGTH = '统一社会信用代码应为18位';
const MESSAGE_CHARS = '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母';
const MESSAGE_CHECK = '统一社会信用代码校验位不正确，请核对后重新输入';

describe('the independent reference used by these tests', () => {
  it('has the 31 characters of GB 32100', () => {
    expect(REF_ALPHABET).toBe('0123456789ABCDEFGHJKLMNPQRTUWXY');
  });

  it.each([DEMO_USCC, ...PUBLISHED])('agrees that %s is valid', (code) => {
    expect(referenceCheckChar(code.slice(0, 17))).toBe(code[17]);
  });
});

describe('usccCheckChar', () => {
  it.each([DEMO_USCC, ...PUBLISHED])('gives %s its check character', (code) => {
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  it('gives 0 (not an out-of-range 31st character) when the weighted sum is a multiple of 31', () => {
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('agrees with GB 32100 on 3,000 pseudo-random prefixes and produces every one of the 31 check characters', () => {
    const next = random(32100);
    const seen = new Set<string>();
    for (let n = 0; n < 3000; n++) {
      const first17 = Array.from({ length: 17 }, () => REF_ALPHABET[Math.floor(next() * 31)]).join('');
      const expected = referenceCheckChar(first17);
      expect(usccCheckChar(first17), first17).toBe(expected);
      seen.add(expected);
    }
    expect(seen.size).toBe(31);
  });
});

describe('checkUscc', () => {
  it.each([DEMO_USCC, ...PUBLISHED, '000000000000000000'])('accepts %s', (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, value: code });
  });

  it.each([
    '91220101MA17B0001',
    '12220000412345678',
    'Y1220101MA17A0001',
    '52220000MJ0000001',
    '31220000MD0000123',
  ])(
    'accepts %s followed by the check character usccCheckChar gives it, which the reference confirms',
    (first17) => {
      const code = first17 + usccCheckChar(first17);
      expect(code[17]).toBe(referenceCheckChar(first17));
      expect(checkUscc(code)).toEqual({ ok: true, value: code });
    },
  );

  // The same codes written out, their check characters computed by the Python implementation.
  it.each(['91220101MA17B0001G', '122200004123456787', 'Y1220101MA17A00013', '31220000MD0000123R'])(
    'accepts %s',
    (code) => {
      expect(checkUscc(code)).toEqual({ ok: true, value: code });
    },
  );

  it('accepts lowercase letters and spaces around the code, and stores it in capitals', () => {
    expect(checkUscc(' 91220101ma17a0001q ')).toEqual({ ok: true, value: DEMO_USCC });
    expect(checkUscc('91350100m000100y43')).toEqual({ ok: true, value: '91350100M000100Y43' });
  });

  it.each([
    ['17 characters', DEMO_USCC.slice(0, 17)],
    ['19 characters', `${DEMO_USCC}0`],
    ['nothing', ''],
    ['a space inside', '91220101 MA17A0001Q'],
  ])('asks for 18 characters when given %s', (_, value) => {
    expect(checkUscc(value)).toEqual({ ok: false, message: MESSAGE_LENGTH });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', 'i', 'o', 'z', 's', 'v'])(
    'rejects the letter %s, which GB 32100 leaves out',
    (letter) => {
      expect(checkUscc(`91220101M${letter}17A0001Q`)).toEqual({ ok: false, message: MESSAGE_CHARS });
    },
  );

  it.each([
    ['a hyphen', '91220101-A17A0001Q'],
    ['a Chinese character', '91220101中A17A0001Q'],
    ['a full-width letter', '91220101ＭA17A0001Q'],
    ['a forbidden letter as the check character', '91220101MA17A0001O'],
  ])('rejects a code with %s', (_, value) => {
    expect(checkUscc(value)).toEqual({ ok: false, message: MESSAGE_CHARS });
  });

  it.each([...'0123456789ABCDEFGHJKLMNPRTUWXY'])(
    'rejects the demo code with the check character %s',
    (wrong) => {
      expect(checkUscc(DEMO_USCC.slice(0, 17) + wrong)).toEqual({ ok: false, message: MESSAGE_CHECK });
    },
  );

  it.each([
    ['one character mistyped', '91220101MA17A0002Q'],
    ['two neighbouring characters swapped', '91220101AM17A0001Q'],
    ['the check character of a neighbouring code', '91220101MA17B0001Q'],
  ])('rejects a code with %s', (_, value) => {
    expect(checkUscc(value)).toEqual({ ok: false, message: MESSAGE_CHECK });
  });
});
