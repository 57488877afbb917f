import { InboxOutlined } from '@ant-design/icons';
import { Upload, type UploadProps } from 'antd';

/** The drop zone of every Excel import dialog: one .xlsx at a time, sent by the dialog's own upload. */
export function XlsxDropZone({
  busy,
  beforeUpload,
  customRequest,
}: {
  busy: boolean;
  beforeUpload: UploadProps['beforeUpload'];
  customRequest: UploadProps['customRequest'];
}) {
  return (
    <Upload.Dragger
      accept=".xlsx"
      multiple={false}
      showUploadList={false}
      beforeUpload={beforeUpload}
      customRequest={customRequest}
      disabled={busy}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined aria-hidden />
      </p>
      <p className="ant-upload-text">点击选择 Excel 文件或将文件拖到此处</p>
      <p className="ant-upload-hint">{busy ? '正在导入…' : '仅支持 .xlsx 文件'}</p>
    </Upload.Dragger>
  );
}
