/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O, Z, S and V;
 * the 18th is a MOD 31 check character over weights 3^i mod 31.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccCheck = { ok: true; value: string } | { ok: false; message: string };

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i] ?? '') * (WEIGHTS[i] ?? 0);
  const r = 31 - (sum % 31);
  return ALPHABET[r === 31 ? 0 : r] ?? '';
}

export function checkUscc(raw: string): UsccCheck {
  const value = raw.trim().toUpperCase();
  if (value.length !== 18) return { ok: false, message: '统一社会信用代码应为18位' };
  if (![...value].every((c) => ALPHABET.includes(c))) {
    return { ok: false, message: '统一社会信用代码只能包含数字和除I、O、Z、S、V以外的大写字母' };
  }
  if (usccCheckChar(value.slice(0, 17)) !== value[17]) {
    return { ok: false, message: '统一社会信用代码校验位不正确，请核对后重新输入' };
  }
  return { ok: true, value };
}
