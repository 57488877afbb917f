/**
 * Unsaved module values kept in this browser (issue 14, item 5), so that a crash, a closed tab or an expired
 * session loses nothing typed. One entry per account, application and form; cleared by a successful save, by
 * 放弃 and by 安全退出 (a computer at a service hall is shared).
 *
 * The module forms hold no 证件号码 (姓名, 证件类型 and 证件号码 come from the account and are never typed);
 * fields named in OMITTED are dropped all the same, should a form ever gain one.
 */

const PREFIX = 'rcpd-draft:v1:';
const OMITTED = new Set(['idNumber', 'idType']);

export interface Draft {
  values: Record<string, unknown>;
  /** when it was last written, ms since the epoch */
  savedAt: number;
}

export function draftKey(accountId: string, applicationId: string, form: string): string {
  return `${PREFIX}${accountId}:${applicationId}:${form}`;
}

/** localStorage, or nothing where the browser refuses it (private mode, storage turned off). */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): Draft | null {
  try {
    const text = storage()?.getItem(key);
    if (!text) return null;
    const draft = JSON.parse(text) as Partial<Draft>;
    if (typeof draft.values !== 'object' || draft.values === null) return null;
    return { values: draft.values, savedAt: Number(draft.savedAt) || 0 };
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: Record<string, unknown>): void {
  const kept = Object.fromEntries(
    Object.entries(values).filter(([field, value]) => !OMITTED.has(field) && value !== undefined),
  );
  try {
    storage()?.setItem(key, JSON.stringify({ values: kept, savedAt: Date.now() } satisfies Draft));
  } catch {
    // full or refused: the form still holds the values; only the copy in the browser is missing
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // nothing to clear
  }
}

/** The keys of the drafts whose key starts with `draftKey(accountId, applicationId, formPrefix)`. */
export function draftKeys(accountId: string, applicationId: string, formPrefix: string): string[] {
  const store = storage();
  if (!store) return [];
  const start = draftKey(accountId, applicationId, formPrefix);
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(start)) keys.push(key);
  }
  return keys;
}

/** Every draft of the account (安全退出). */
export function clearAccountDrafts(accountId: string): void {
  const store = storage();
  if (!store) return;
  const start = `${PREFIX}${accountId}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(start)) keys.push(key);
  }
  for (const key of keys) clearDraft(key);
}

/** Whether the draft says anything the saved values do not (a draft equal to them is no draft). */
export function differsFrom(draft: Record<string, unknown>, saved: Record<string, unknown> | undefined) {
  const norm = (v: unknown) => (v === undefined || v === null || v === '' ? null : JSON.stringify(v));
  const keys = new Set([...Object.keys(draft), ...Object.keys(saved ?? {})]);
  for (const key of keys) if (norm(draft[key]) !== norm(saved?.[key])) return true;
  return false;
}
