/**
 * Sets up people through the public API, as the registration pages do, for journeys that need more than
 * the demo accounts (the identity journey covers registration in the browser itself).
 */
import { mobile, residentId, uscc } from './people.js';
import { DEV_CAPTCHA, type RunningServer } from './server.js';

class ApiSession {
  private cookie = '';
  private csrf = '';
  constructor(private readonly base: string) {}

  private keep(response: Response) {
    const fresh = response.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
    const jar = new Map(
      this.cookie ? this.cookie.split('; ').map((c) => c.split('=') as [string, string]) : [],
    );
    for (const c of fresh) {
      const [k, v] = c.split('=') as [string, string];
      jar.set(k, v);
    }
    this.cookie = [...jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  useCsrf(token: string) {
    this.csrf = token;
  }

  /** A multipart request with the session's cookie and CSRF token. */
  async send(url: string, form: FormData): Promise<void> {
    const response = await fetch(this.base + url, {
      method: 'POST',
      headers: { cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: form,
    });
    this.keep(response);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  }

  /** The body of a GET as bytes (a download), with the session's cookie. */
  async bytes(url: string): Promise<Buffer> {
    const response = await fetch(this.base + url, { headers: { cookie: this.cookie } });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return Buffer.from(await response.arrayBuffer());
  }

  async get<T>(url: string): Promise<T> {
    const response = await fetch(this.base + url, { headers: { cookie: this.cookie } });
    this.keep(response);
    return (await response.json()) as T;
  }

  async post<T>(url: string, body: unknown, method: 'POST' | 'PUT' = 'POST'): Promise<T> {
    if (!this.csrf) this.csrf = (await this.get<{ csrfToken: string }>('/api/auth/session')).csrfToken;
    const response = await fetch(this.base + url, {
      method,
      headers: { 'content-type': 'application/json', cookie: this.cookie, 'x-csrf-token': this.csrf },
      body: JSON.stringify(body),
    });
    this.keep(response);
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as T;
  }
}

/** Signs in through the API as the login page does; later posts carry the session's CSRF token. */
export async function apiLogin(
  server: RunningServer,
  portal: 'person' | 'employer' | 'department',
  account: string,
  password = 'Demo@2026',
): Promise<ApiSession> {
  const api = new ApiSession(server.baseUrl);
  const { captchaId } = await api.get<{ captchaId: string }>('/api/auth/captcha');
  const { csrfToken } = await api.post<{ csrfToken: string }>('/api/auth/login', {
    portal,
    account,
    password,
    captchaId,
    captchaCode: DEV_CAPTCHA,
  });
  api.useCsrf(csrfToken);
  return api;
}

/** The demo applicant bound to the demo employer, approved: what 确认并开始申报 needs (manual 3.1.1). */
export async function bindDemoApplicant(server: RunningServer): Promise<void> {
  const employer = await apiLogin(server, 'employer', '91220101MA17A0001Q');
  const applicant = await apiLogin(server, 'person', '220102199001011239');
  const { employerId } = await applicant.get<{ employerId: string }>(
    '/api/person/employers?uscc=91220101MA17A0001Q',
  );
  const binding = await applicant.post<{ id: string }>('/api/person/bindings', { employerId });
  await employer.post(`/api/employer/bindings/${binding.id}/decision`, { decision: '审核通过' });
}

export type { ApiSession };

/** Uploads one small file as the browser's upload dialog does (multipart, field `file`). */
export async function apiUpload(
  api: ApiSession,
  url: string,
  fileName: string,
  bytes: Uint8Array,
): Promise<void> {
  const form = new FormData();
  form.append('file', new Blob([Uint8Array.from(bytes)]), fileName);
  await api.send(url, form);
}

export interface Applicant {
  idNumber: string;
  phone: string;
  name: string;
  password: string;
}

export async function registerApplicant(server: RunningServer, name: string): Promise<Applicant> {
  const applicant = { idNumber: residentId(), phone: mobile(), name, password: 'Shenbao#2026' };
  const api = new ApiSession(server.baseUrl);
  const { captchaId } = await api.get<{ captchaId: string }>('/api/auth/captcha');
  await api.post('/api/auth/sms-code', {
    purpose: 'register',
    portal: 'person',
    phone: applicant.phone,
    captchaId,
    captchaCode: DEV_CAPTCHA,
  });
  await api.post('/api/auth/register/person', {
    idType: '居民身份证',
    idNumber: applicant.idNumber,
    name,
    phone: applicant.phone,
    smsCode: await server.smsCode(applicant.phone),
    password: applicant.password,
    passwordConfirm: applicant.password,
  });
  return applicant;
}

export interface Employer {
  uscc: string;
  phone: string;
  name: string;
  password: string;
}

/** An employer registered through the API, as 单位注册 does, and signed in once (so that it can be bound). */
export async function registerEmployer(
  server: RunningServer,
  name: string,
  operatorName = '孟经办',
): Promise<Employer> {
  const employer = { uscc: uscc(), phone: mobile(), name, password: 'Danwei#2026' };
  const api = new ApiSession(server.baseUrl);
  const { captchaId } = await api.get<{ captchaId: string }>('/api/auth/captcha');
  await api.post('/api/auth/sms-code', {
    purpose: 'register',
    portal: 'employer',
    phone: employer.phone,
    captchaId,
    captchaCode: DEV_CAPTCHA,
  });
  await api.post('/api/auth/register/employer', {
    uscc: employer.uscc,
    employerName: name,
    operatorName,
    phone: employer.phone,
    smsCode: await server.smsCode(employer.phone),
    password: employer.password,
    passwordConfirm: employer.password,
  });
  await apiLogin(server, 'employer', employer.uscc, employer.password);
  return employer;
}
