import { type ModuleKey, moduleDef } from '@rcpd/shared';
import type { Locator } from 'playwright-core';

/**
 * Fills one field of a module the way a person does: typing, picking from a list (typed into to search, as the
 * manual describes; Enter takes the first match), or choosing a radio. `touch`: tapped as on a phone.
 */
export async function fillField(
  scope: Locator,
  module: ModuleKey,
  key: string,
  value: string,
  { touch = false }: { touch?: boolean } = {},
) {
  const field = moduleDef(module).fields.find((f) => f.key === key);
  if (!field) throw new Error(`no field ${module}.${key}`);
  const input = scope.getByLabel(field.label, { exact: true });
  switch (field.kind) {
    case 'radio': {
      const radio = scope
        .getByRole('radiogroup', { name: field.label })
        .getByRole('radio', { name: value, exact: true });
      await (touch ? radio.tap() : radio.check());
      return;
    }
    case 'select':
    case 'catalogue':
    case 'date':
      await (touch ? input.tap() : input.click());
      await input.fill(value);
      await input.press('Enter');
      return;
    default:
      await input.fill(value);
  }
}

/** Each field in turn, as `fillField`. */
export async function fillFields(
  scope: Locator,
  module: ModuleKey,
  values: [string, string][],
  options: { touch?: boolean } = {},
) {
  for (const [key, value] of values) await fillField(scope, module, key, value, options);
}
