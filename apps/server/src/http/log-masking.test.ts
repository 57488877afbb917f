import { describe, expect, it } from 'vitest';
import { maskLogLine, maskUrl } from './log-masking.js';

describe('maskUrl', () => {
  it.each([
    [
      'a 证件号码 in the query',
      '/api/review/queue?q=220102199001011239',
      '/api/review/queue?q=220102********1239',
    ],
    ['a phone in the path', '/api/x/13912345678/y', '/api/x/139****5678/y'],
    [
      'a percent-encoded phone after a digit-ending escape',
      '/api/x?q=%2013912345678',
      '/api/x?q= 139****5678',
    ],
    ['a 护照 number by its parameter name', '/api/x?idNumber=E12345678&b=1', '/api/x?idNumber=E1*****78&b=1'],
    ['a phone by its parameter name', '/api/x?a=1&phone=1391234', '/api/x?a=1&phone=*******'],
    ['a login name', '/api/x?account=zhangsan01', '/api/x?account=zh******01'],
  ])('masks %s', (_, url, masked) => {
    expect(maskUrl(url)).toBe(masked);
  });

  it('leaves other URLs as they are', () => {
    for (const url of [
      '/api/notices/3f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      '/api/x?limit=50&before=12',
      '/',
    ]) {
      expect(maskUrl(url)).toBe(url);
    }
  });
});

describe('maskLogLine', () => {
  it('masks the numbers of a pino line but not its time stamp', () => {
    const line =
      '{"level":50,"time":1765432101234,"pid":4242,"reqId":"r1","err":{"message":"Key (phone)=(13912345678) exists"},"msg":"证件号码220102199001011239"}\n';
    expect(maskLogLine(line)).toBe(
      '{"level":50,"time":1765432101234,"pid":4242,"reqId":"r1","err":{"message":"Key (phone)=(139****5678) exists"},"msg":"证件号码220102********1239"}\n',
    );
  });

  it('returns a line without personal numbers as it is', () => {
    const line = '{"level":30,"time":1765432101234,"pid":4242,"reqId":"r1","msg":"request completed"}\n';
    expect(maskLogLine(line)).toBe(line);
  });
});
