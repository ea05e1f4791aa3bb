/**
 * A standard file in the parts the app ships (src/domain/standard/lazy.ts, and the precompiled-standards plugin in
 * vite.config.ts): its core (structure, weights, statements, rules: everything a score, an order or a count needs)
 * and, per aspect, the long texts of its items (ITEM_DETAIL_KEYS). Joining the parts gives the file back.
 */
import { ITEM_DETAIL_KEYS } from './detailKeys';
import type {
  AspectOf,
  Item,
  ItemCore,
  ItemDetails,
  StandardCoreFile,
  StandardFile,
} from './schema';

/** The long texts of one aspect's items, by item id. */
export type AspectDetails = Readonly<Record<string, ItemDetails>>;

const isDetailKey = (key: string) => (ITEM_DETAIL_KEYS as readonly string[]).includes(key);

function coreItem(item: Item): ItemCore {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !isDetailKey(key))) as unknown as ItemCore;
}

function itemDetails(item: Item): ItemDetails {
  return Object.fromEntries(Object.entries(item).filter(([key]) => isDetailKey(key))) as ItemDetails;
}

/** The file without its items' long texts. */
export function coreOf(file: StandardFile): StandardCoreFile {
  return {
    ...file,
    aspects: file.aspects.map((aspect) => ({
      ...aspect,
      components: aspect.components.map((component) => ({ ...component, items: component.items.map(coreItem) })),
    })),
  } as StandardCoreFile;
}

/** The long texts of the items of one aspect (null: the file has no such aspect). */
export function aspectDetailsOf(file: StandardFile, aspectId: string): AspectDetails | null {
  const aspect = file.aspects.find((a) => a.id === aspectId);
  if (!aspect) return null;
  return Object.fromEntries(aspect.components.flatMap((c) => c.items.map((item) => [item.id, itemDetails(item)])));
}

/** An item with its long texts. */
export function withDetails(item: ItemCore, details: ItemDetails): Item {
  return { ...item, ...details };
}

/**
 * The file back from its core and every aspect's details. Throws when an item has no details: the parts come
 * from one build, so a missing part is a broken build, not bad input.
 */
export function joinStandard(core: StandardCoreFile, details: Readonly<Record<string, AspectDetails>>): StandardFile {
  const aspects = core.aspects.map((aspect: AspectOf<ItemCore>) => ({
    ...aspect,
    components: aspect.components.map((component) => ({
      ...component,
      items: component.items.map((item) => {
        const d = details[aspect.id]?.[item.id];
        if (!d) throw new Error(`standard ${core.id} ${core.version}: no texts for item ${item.id}`);
        return withDetails(item, d);
      }),
    })),
  }));
  return { ...core, aspects } as StandardFile;
}
