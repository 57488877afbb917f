import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPersonalText, maskPhone } from './mask.js';

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters of a 居民身份证 number (SPEC §10)', () => {
    expect(maskIdNumber('220102199001011239')).toBe('220102********1239');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
  });

  it('hides the birth date of the demo number', () => {
    expect(maskIdNumber('220102199001011239')).not.toContain('19900101');
  });

  it.each([
    ['外国人永久居留身份证 (15)', 'USA123456789012', 'USA123*****9012'],
    ['护照 (17)', 'A1234567890123456', 'A12345*******3456'],
  ])('keeps both ends of a %s number', (_, value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it.each([
    ['港澳通行证 (11)', 'H1234567890', 'H1*******90'],
    ['港澳通行证 (9)', 'H12345678', 'H1*****78'],
    ['a 台湾通行证 of 8', '12345678', '12****78'],
  ])('hides at least half of a shorter %s number', (_, value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it.each([
    ['7 characters', 'A123456', '*******'],
    ['a single character', 'A', '*'],
    ['nothing', '', ''],
  ])('masks %s whole', (_, value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it.each(['220102199001011239', 'USA123456789012', 'H1234567890', 'E12345678'])(
    'keeps the length of %s',
    (value) => {
      expect(maskIdNumber(value)).toHaveLength(value.length);
    },
  );
});

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13900000001')).toBe('139****0001');
    expect(maskPhone('18612345678')).toBe('186****5678');
  });

  it.each([
    ['10 digits', '1390000000', '**********'],
    ['12 digits', '139000000012', '************'],
    ['a landline', '043188888888', '************'],
    ['nothing', '', ''],
  ])('masks %s whole', (_, value, masked) => {
    expect(maskPhone(value)).toBe(masked);
  });
});

describe('maskPersonalText', () => {
  it.each([
    ['a URL', '/api/review/queue?q=220102199001011239&x=1', '/api/review/queue?q=220102********1239&x=1'],
    ['a JSON log line', '{"idNumber":"11010519491231002x"}', '{"idNumber":"110105********002x"}'],
    ['a message in Chinese', '证件号码220102199001011239已注册', '证件号码220102********1239已注册'],
    ['a mobile number', 'phone=13912345678', 'phone=139****5678'],
    ['a mobile number after 86', 'tel +86 13912345678.', 'tel +86 139****5678.'],
    ['a 外国人永久居留身份证', 'USA123456789012 ok', 'USA123*****9012 ok'],
    ['a 港澳通行证', '(H1234567890)', '(H1*******90)'],
    ['two numbers', '13912345678,220102199001011239', '139****5678,220102********1239'],
    ['a number beside a short hex word', 'cafe 13912345678', 'cafe 139****5678'],
    [
      'a PostgreSQL detail',
      'Key (phone)=(18600001111) already exists.',
      'Key (phone)=(186****1111) already exists.',
    ],
  ])('masks %s', (_, text, masked) => {
    expect(maskPersonalText(text)).toBe(masked);
  });

  it.each([
    ['a time stamp', '"time":1765432101234'],
    ['a longer number', '2201021990010112391 and 139123456789'],
    ['a number that is not a mobile', '12912345678'],
    ['a UUID', '0b7e2f1c-5a3d-4c1e-9f2a-123456789012'],
    // an audit hash whose digits once looked like a mobile number to the mask
    ['a hash in hex', 'head=9f0c2e13912345678ab44d0e77c1f2a9b3c4d5e6f708192a3b4c5d6e7f801234'],
    ['a hash holding 18 digits', `"hash":"e${'220102199001011239'}aa00bb11cc22dd33ee44ff556677"`],
    ['short text', 'ok'],
    ['Chinese text', '人才分类定级评定系统'],
  ])('leaves %s alone', (_, text) => {
    expect(maskPersonalText(text)).toBe(text);
  });
});
