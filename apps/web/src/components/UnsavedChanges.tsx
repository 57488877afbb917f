import type { FormInstance } from 'antd';
import { Modal } from 'antd';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { clearDraft, type Draft, differsFrom, readDraft, writeDraft } from './drafts';

interface UnsavedChanges {
  /** a form says whether it holds changes not yet saved */
  setDirty: (key: string, dirty: boolean) => void;
  /** whether any form of the page does */
  anyDirty: () => boolean;
  /** the page is being left on purpose (安全退出): no more asking */
  allowLeaving: () => void;
}

const UnsavedContext = createContext<UnsavedChanges | null>(null);

export function useUnsavedChanges(): UnsavedChanges | null {
  return useContext(UnsavedContext);
}

/**
 * The portal frame's guard of unsaved changes (issue 14, item 5): while any form of the page holds changes not
 * yet saved, leaving the page asks first — a link or menu entry of the app through the router's blocker, a
 * reload, a closed tab or another address through the browser's own `beforeunload` question.
 */
export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const [dirty, setDirtyKeys] = useState<ReadonlySet<string>>(() => new Set());
  const dirtyRef = useRef(dirty);
  dirtyRef.current = dirty;
  const leaving = useRef(false);

  const value = useMemo<UnsavedChanges>(
    () => ({
      setDirty: (key, on) =>
        setDirtyKeys((keys) => {
          if (keys.has(key) === on) return keys;
          const next = new Set(keys);
          if (on) next.add(key);
          else next.delete(key);
          return next;
        }),
      anyDirty: () => dirtyRef.current.size > 0,
      allowLeaving: () => {
        leaving.current = true;
      },
    }),
    [],
  );

  // Another page of the app; a link to a field of the same page (#field-…) is no leaving.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty.size > 0 && !leaving.current && currentLocation.pathname !== nextLocation.pathname,
  );

  const anyDirty = dirty.size > 0;
  useEffect(() => {
    if (!anyDirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      if (leaving.current) return;
      event.preventDefault();
      // older browsers ask only when a return value is set
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [anyDirty]);

  return (
    <UnsavedContext value={value}>
      {children}
      <Modal
        open={blocker.state === 'blocked'}
        title="有未保存的内容"
        okText="离开"
        cancelText="留在本页"
        onOk={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>本页有尚未保存的内容。离开后这些内容仍暂存在本浏览器中，回到本页时会自动恢复。确定离开吗？</p>
      </Modal>
    </UnsavedContext>
  );
}

export interface FormDraft<V> {
  /** the values the form starts from: the draft kept in the browser, or else the saved ones */
  initialValues: V | undefined;
  /** the form started from a draft kept in the browser */
  restored: boolean;
  dirty: boolean;
  /** the form's onValuesChange: marks it dirty and keeps its values in the browser */
  onChange: () => void;
  /** saved (or given up): the copy in the browser goes, and leaving asks no more */
  clear: () => void;
}

/**
 * One module form's unsaved changes: restored from the browser when the form opens, kept there as the person
 * types, reported to the frame's guard while not saved.
 */
export function useFormDraft<V extends Record<string, unknown>>({
  key,
  form,
  enabled,
  saved,
}: {
  key: string;
  form: FormInstance;
  /** only an editable form keeps a draft */
  enabled: boolean;
  saved: V | undefined;
}): FormDraft<V> {
  const unsaved = useUnsavedChanges();
  // read once, when the form first draws: its initial values are the draft's
  const [draft] = useState<Draft | null>(() => {
    if (!enabled) return null;
    const found = readDraft(key);
    if (found && differsFrom(found.values, saved)) return found;
    if (found) clearDraft(key);
    return null;
  });
  const [restored, setRestored] = useState(draft !== null);
  const [dirty, setDirty] = useState(draft !== null);

  useEffect(() => {
    unsaved?.setDirty(key, dirty);
  }, [unsaved, key, dirty]);
  useEffect(() => () => unsaved?.setDirty(key, false), [unsaved, key]);

  return {
    // the draft was written from this same form's values
    initialValues: (draft?.values as V | undefined) ?? saved,
    restored,
    dirty,
    onChange: () => {
      if (!enabled) return;
      setDirty(true);
      writeDraft(key, form.getFieldsValue(true) as Record<string, unknown>);
    },
    clear: () => {
      clearDraft(key);
      setDirty(false);
      setRestored(false);
    },
  };
}
