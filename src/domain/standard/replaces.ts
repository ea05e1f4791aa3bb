import type { Item } from './schema';

/**
 * Which of the older items a new item replaces gives it its answer: the first one (in the order the standard file
 * declares) that the older assessment answered, else the first that exists there. The version move and the
 * comparison across versions both ask this, so a moved answer is always compared with the item it came from.
 */
export function replacedSource(
  item: Pick<Item, 'replaces'>,
  existsInOld: (id: string) => boolean,
  answeredInOld: (id: string) => boolean,
): { id: string; note: string } | undefined {
  const mapping = (item.replaces ?? []).filter((r) => existsInOld(r.id));
  return mapping.find((r) => answeredInOld(r.id)) ?? mapping[0];
}
