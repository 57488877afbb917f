import {
  type CatalogueCategory,
  type CatalogueItem,
  DEFAULT_CATEGORY_NAMES,
  TALENT_CATEGORIES,
  type TalentCategory,
} from '@rcpd/shared';

/** The catalogue items an applicant may cite: enabled ones only. */
export function enabledItems(categories: readonly CatalogueCategory[] | undefined): CatalogueItem[] {
  return (categories ?? []).flatMap((c) => c.items.filter((item) => item.enabled));
}

/** A talent category reads with its name (D类 省域拔尖人才), so it can be found by typing either. */
export function optionLabel(option: string, categories: readonly CatalogueCategory[] | undefined): string {
  if (!(TALENT_CATEGORIES as readonly string[]).includes(option)) return option;
  const code = option as TalentCategory;
  return `${code}类 ${categories?.find((c) => c.code === code)?.name ?? DEFAULT_CATEGORY_NAMES[code]}`;
}
