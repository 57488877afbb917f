/**
 * Masks for lists, logs and exports (SPEC §10): 220102********1234 and 139****0001. Anything too short to
 * keep both ends is masked whole, so a mask never gives a value away.
 */
export function maskIdNumber(value: string): string {
  if (value.length <= 10) return '*'.repeat(value.length);
  return `${value.slice(0, 6)}${'*'.repeat(value.length - 10)}${value.slice(-4)}`;
}

export function maskPhone(value: string): string {
  if (value.length !== 11) return '*'.repeat(value.length);
  return `${value.slice(0, 3)}****${value.slice(-4)}`;
}
