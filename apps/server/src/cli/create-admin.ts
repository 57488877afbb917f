/**
 * Creates a 管理端 account from the terminal: how production gets its first 系统管理员 (there is no default
 * password), and, under 三员分立, the 安全审计员 that no 系统管理员 should appoint alone.
 *   npm run create-admin -- --username admin --name 张管理 [--department 吉林省人力资源和社会保障厅]
 *   npm run create-admin -- --username shenji --name 钱审计 --role security_auditor
 * The password is read from ADMIN_PASSWORD, or asked for on the terminal.
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { departmentAccountCreateSchema } from '@rcpd/shared';
import { loadConfig } from '../config.js';
import { configuredCrypto } from '../crypto-setup.js';
import { openPreparedDatabase } from '../db/prepare.js';
import { AppError } from '../http/errors.js';
import { createAccountsService } from '../modules/accounts/accounts.service.js';
import { createSessionStore } from '../modules/identity/sessions.js';
import { setPasswordHashCost } from '../platform/password-hash.js';

async function readPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question('初始密码（至少8位，含大写字母、小写字母、数字、特殊符号中的至少3类）：');
  } finally {
    rl.close();
  }
}

async function run(): Promise<number> {
  const { values } = parseArgs({
    options: {
      username: { type: 'string' },
      name: { type: 'string' },
      department: { type: 'string', default: '吉林省人力资源和社会保障厅' },
      /** 三员分立: the first 系统管理员 (default), or the 安全审计员 a province names before any other exists */
      role: { type: 'string', default: 'sys_admin' },
    },
  });
  const config = loadConfig();
  setPasswordHashCost(config.passwordHashCost);
  const parsed = departmentAccountCreateSchema.safeParse({
    username: values.username,
    name: values.name,
    departmentName: values.department,
    role: values.role,
    password: await readPassword(),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  const database = await openPreparedDatabase(config);
  try {
    const accounts = createAccountsService({
      db: database.db,
      cipher: configuredCrypto(config).cipher,
      sessions: createSessionStore(database.db, config.session),
    });
    const item = await accounts.createDepartmentAccount({
      auth: null,
      body: parsed.data,
      meta: { ip: null, userAgent: 'create-admin' },
    });
    console.log(`已创建${item.roleLabel} ${item.login}（${item.name}）`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

run().then((code) => process.exit(code));
