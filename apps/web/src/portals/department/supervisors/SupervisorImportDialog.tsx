import { SUPERVISOR_IMPORT_MAX_ROWS, type SupervisorImportReport } from '@rcpd/shared';
import { ExcelImportDialog } from '../../../components/ExcelImportDialog';
import { PATH, useImportAssignments } from './api';

const COLUMNS: [string, string][] = [
  ['统一社会信用代码', '必填，已在本系统注册的单位的18位统一社会信用代码'],
  ['主管部门名称', '必填，与主管部门列表中的名称完全一致（须先添加主管部门）'],
  ['单位名称', '选填，仅供核对，不导入'],
];

/** 导入 of employers' 主管部门 from an Excel sheet, all rows or none. */
export function SupervisorImportDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const mutation = useImportAssignments();
  return (
    <ExcelImportDialog<SupervisorImportReport>
      open={open}
      onClose={onClose}
      title="导入单位的主管部门"
      intro={`上传 Excel 文件（.xlsx，不超过5MB，最多${SUPERVISOR_IMPORT_MAX_ROWS}行），第一行为列名，从第二行起每行一家单位。全部行正确才会导入；有错误时不导入任何数据，请按错误报告改正后重新导入。不需要调整的单位请删除该行。`}
      columns={COLUMNS}
      template={{ href: `${PATH}/import-template.xlsx`, note: '已列出当前未分配主管部门的单位' }}
      maxBytes={5 * 1024 * 1024}
      send={mutation.mutateAsync}
      busy={mutation.isPending}
      success={(report) =>
        `导入成功：${report.updated}家单位调整了主管部门${report.unchanged ? `，${report.unchanged}家单位原已属于该主管部门` : ''}`
      }
    />
  );
}
