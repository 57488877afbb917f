import { Image, Modal } from 'antd';
import type { PreviewTarget } from './FilePreview';

/** The viewer of 预览: images in antd's viewer, PDFs in a dialog. */
export function PreviewView({ target, onClose }: { target: PreviewTarget | null; onClose: () => void }) {
  const image = target?.contentType.startsWith('image/') ?? false;
  return (
    <>
      {/* Images open in antd's viewer (zoom, rotate); the group draws no thumbnails of its own. */}
      <Image.PreviewGroup
        items={image && target ? [{ src: target.url, alt: target.name }] : []}
        preview={{
          open: image,
          onOpenChange: (open) => !open && onClose(),
          // The group loses the item's alt on its way to the viewer: given here, it names the dialog and the
          // image. One image needs no “1 / 1” (drawn over the page in a contrast too low to read).
          alt: target?.name,
          countRender: () => null,
        }}
      />
      <Modal
        open={target !== null && !image}
        title={target ? `预览：${target.name}` : '预览'}
        onCancel={onClose}
        footer={null}
        width={960}
        className="pdf-modal"
        destroyOnHidden
      >
        {target && !image && (
          <>
            <iframe className="pdf-frame" src={target.url} title={target.name} />
            <p className="pdf-fallback">
              若无法显示，请
              <a href={target.url} target="_blank" rel="noopener noreferrer" className="underline-link">
                在新标签页中打开
              </a>
              。
            </p>
          </>
        )}
      </Modal>
    </>
  );
}
