import type { ImportReport } from '@rcpd/shared';
import { ExcelImportDialog } from '../../../components/ExcelImportDialog';
import { useImportResults } from './api';

const COLUMNS: [string, string][] = [
  ['申报编号', '必填，申报信息的编号（见评审结果列表）'],
  ['评审结果', '必填，填“认定通过”“调整类别认定”或“不予认定”'],
  ['调整后类别', '评审结果为“调整类别认定”时必填，填 A–E 中低于申报类别的一个字母，其他情形留空'],
  ['备注', '选填，不超过500个字'],
];

/** 导入评审结果 from an Excel sheet, all rows or none. */
export function ImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mutation = useImportResults();
  return (
    <ExcelImportDialog<ImportReport>
      open={open}
      onClose={onClose}
      title="导入评审结果"
      intro="上传 Excel 文件（.xlsx，不超过5MB），第一行为列名，从第二行起每行一条评审结果。全部行正确才会导入；有错误时不导入任何数据，请按错误报告改正后重新导入。"
      columns={COLUMNS}
      template={{
        href: '/api/department/results/template.xlsx',
        note: '已填好当前“材料审核通过”申报的申报编号和姓名',
      }}
      maxBytes={5 * 1024 * 1024}
      send={mutation.mutateAsync}
      busy={mutation.isPending}
      success={(report) => `导入成功：共导入${report.imported}条评审结果`}
    />
  );
}
