import type { AttachmentItem } from '@rcpd/shared';
import { App } from 'antd';
import { FileList as Files } from '../../../components/application/FileList';
import { errorMessage } from '../../../forms/errors';
import { applicationPaths, useDeleteAttachment } from './api';

/** The applicant's files of a slot or an entry: 预览, 下载 and (while editable) 删除. */
export function FileList({
  applicationId,
  files,
  editable,
  empty,
}: {
  applicationId: string;
  files: readonly AttachmentItem[];
  editable: boolean;
  empty?: string;
}) {
  const { message } = App.useApp();
  const remove = useDeleteAttachment(applicationId);
  return (
    <Files
      files={files}
      empty={empty}
      url={(file, download) => applicationPaths.attachment(applicationId, file.id, download)}
      onDelete={
        editable
          ? (file) =>
              remove
                .mutateAsync(file.id)
                .then(() => message.success('附件已删除'))
                .catch((error: unknown) => message.error(errorMessage(error)))
          : undefined
      }
    />
  );
}
