-- Issue 13: certificate signing keys rotate. A certificate's QR token names the key that signed it
-- (`<key id>.<payload>.<signature>`); the public half of every key that ever signed is kept here, so every
-- instance verifies the tokens of any key, retired ones included. The private key of the current key stays in
-- the configuration (CERTIFICATE_SIGNING_KEY): this table never holds a private key.
create table certificate_signing_keys (
  -- base64url of the first 8 bytes of SHA-256 over the raw 32-byte Ed25519 public key
  key_id text primary key check (key_id ~ '^[A-Za-z0-9_-]{11}$'),
  -- SPKI PEM of the public key
  public_key text not null,
  -- the key that signed the tokens issued before keys had ids (`<payload>.<signature>`): the first one recorded
  legacy boolean not null default false,
  created_at timestamptz not null default now(),
  -- null: the current key; set when a newer key was recorded. A retired key still verifies.
  retired_at timestamptz
);

-- at most one key signed the tokens without a key id
create unique index certificate_signing_keys_one_legacy on certificate_signing_keys (legacy) where legacy;
