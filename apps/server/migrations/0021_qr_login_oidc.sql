-- Issue 14 (items 1–2): 扫码登录 and 统一身份认证 by OpenID Connect (docs/adr/0010).

-- A QR code of a login panel: its random id is in the QR (kept here as its SHA-256), bound to the desktop browser
-- that asked for it (the SHA-256 of that browser's random cookie). A signed-in phone confirms (or cancels) it; the
-- desktop redeems it once for a new session. Rows are short-lived: housekeeping deletes them after a day.
create table qr_logins (
  id text primary key,
  portal text not null check (portal in ('person', 'employer')),
  browser_hash text not null,
  status text not null default 'pending' check (status in ('pending', 'confirmed', 'cancelled', 'redeemed')),
  account_id uuid references accounts (id) on delete cascade,
  ip text,
  user_agent text,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  decided_at timestamptz,
  check (status = 'pending' or status = 'cancelled' or account_id is not null)
);
create index qr_logins_expires on qr_logins (expires_at);

-- A sign-in started at the identity platform: state (as its SHA-256), nonce and PKCE verifier, bound to the
-- browser that started it; used once by the callback.
create table oidc_requests (
  state_hash text primary key,
  portal text not null check (portal in ('person', 'employer')),
  browser_hash text not null,
  nonce text not null,
  code_verifier text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index oidc_requests_expires on oidc_requests (expires_at);

-- An account's identity at the platform (issuer + subject, per login panel), recorded at its first sign-in there.
create table external_identities (
  issuer text not null,
  subject text not null,
  portal text not null check (portal in ('person', 'employer')),
  account_id uuid not null references accounts (id) on delete cascade,
  created_at timestamptz not null default now(),
  primary key (issuer, subject, portal)
);
create index external_identities_account on external_identities (account_id);

-- A first sign-in whose claims lack the 手机号码: the claims wait here (encrypted) while the person verifies a
-- number by SMS; the random token (kept as its SHA-256) is a cookie of that browser. Used once.
create table oidc_pending (
  token_hash text primary key,
  issuer text not null,
  subject text not null,
  claims_enc text not null,
  expires_at timestamptz not null
);
create index oidc_pending_expires on oidc_pending (expires_at);
