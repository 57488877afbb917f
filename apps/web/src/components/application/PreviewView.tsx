import { Button, Image, Modal } from 'antd';
import { useIsMobile } from '../useIsMobile';
import type { PreviewTarget } from './FilePreview';

/**
 * Whether this browser draws a PDF inside the page. Phone browsers mostly do not (Chrome on Android shows an
 * empty frame): there the PDF opens in a new window, where the phone's own viewer shows it.
 */
function pdfInline(mobile: boolean): boolean {
  return !mobile && (navigator as { pdfViewerEnabled?: boolean }).pdfViewerEnabled !== false;
}

/** The viewer of 预览: images in antd's viewer, PDFs in a dialog. */
export function PreviewView({ target, onClose }: { target: PreviewTarget | null; onClose: () => void }) {
  const image = target?.contentType.startsWith('image/') ?? false;
  const inline = pdfInline(useIsMobile());
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
        {target && !image && !inline && (
          <div className="pdf-phone">
            <p>手机浏览器一般无法在页面中直接显示PDF文件，请在新窗口中打开查看。</p>
            <Button type="primary" href={target.url} target="_blank" rel="noopener noreferrer" block>
              在新窗口打开
            </Button>
          </div>
        )}
        {target && !image && inline && (
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
