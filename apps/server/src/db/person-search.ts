import { ID_NUMBER_LIKE } from '@rcpd/shared';
import type { SelectQueryBuilder } from 'kysely';
import type { FieldCipher } from '../platform/secrets.js';
import { escapeLike } from './like.js';
import type { DB } from './schema.js';

/**
 * The search box of a list of people: 姓名 by its start, or a whole 证件号码 by its keyed hash. The person's
 * account is joined as `a`.
 */
export function searchPerson<Q extends SelectQueryBuilder<DB & { a: DB['accounts'] }, 'a', object>>(
  q: Q,
  text: string | undefined,
  cipher: Pick<FieldCipher, 'lookups'>,
): Q {
  if (!text) return q;
  return (
    ID_NUMBER_LIKE.test(text)
      ? q.where('a.id_number_hash', 'in', cipher.lookups(text))
      : q.where('a.name', 'like', `${escapeLike(text)}%`)
  ) as Q;
}
