import { type ReactNode, Suspense, useState } from 'react';
import { lazyPage } from '../../lazyPage';

export interface PreviewTarget {
  url: string;
  name: string;
  contentType: string;
}

/** The viewer (antd's image viewer and a dialog) is fetched when the first file is opened. */
const PreviewView = lazyPage(() => import('./PreviewView'), 'PreviewView');

/** 预览 of an uploaded file or a generated PDF: images in a viewer, PDFs in a dialog. */
export function usePreview(): { preview: (target: PreviewTarget) => void; previewNode: ReactNode } {
  const [target, setTarget] = useState<PreviewTarget | null>(null);
  // once opened, the viewer stays mounted, so it closes as antd closes it
  const [opened, setOpened] = useState(false);
  return {
    preview: (next) => {
      setOpened(true);
      setTarget(next);
    },
    previewNode: opened ? (
      <Suspense fallback={null}>
        <PreviewView target={target} onClose={() => setTarget(null)} />
      </Suspense>
    ) : null,
  };
}
