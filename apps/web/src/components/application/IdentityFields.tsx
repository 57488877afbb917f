import type { ApplicationDetail } from '@rcpd/shared';
import { Descriptions } from 'antd';

/** 姓名, 证件类型 and 证件号码 (masked) at the top of 基本信息: from the account, never edited there. */
export function IdentityFields({ identity }: { identity: ApplicationDetail['identity'] }) {
  return (
    <Descriptions
      className="identity-fields"
      size="small"
      column={{ xs: 1, sm: 1, md: 3 }}
      items={[
        { key: 'name', label: '姓名', children: identity.name },
        { key: 'idType', label: '证件类型', children: identity.idType },
        { key: 'idNumber', label: '证件号码', children: identity.maskedIdNumber },
      ]}
    />
  );
}
