/**
 * Masks for lists, logs and exports (SPEC §10): 220102********1234 and 139****0001. A mask always hides at
 * least half of the value: long numbers keep 6 + 4 characters, short ones 2 + 2, very short ones nothing.
 */
export function maskIdNumber(value: string): string {
  if (value.length >= 15) return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
  if (value.length >= 8) return `${value.slice(0, 2)}${'*'.repeat(value.length - 4)}${value.slice(-2)}`;
  return '*'.repeat(value.length);
}

export function maskPhone(value: string): string {
  if (value.length !== 11) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}
