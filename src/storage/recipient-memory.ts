import * as v from 'valibot';
import type { StorageArea } from './areas';
import { writeError } from './write-error';

/** What Tactful remembers per recipient (by address, or name when no address is shown), on this device only. */
export const RECIPIENT_MEMORY_KEY = 'recipientMemory';
export const MAX_RECIPIENTS = 500;

export const ADDRESS_FORMS = ['female', 'male', 'neutral'] as const;
export type AddressForm = (typeof ADDRESS_FORMS)[number];

const RememberedSchema = v.object({ addressForm: v.picklist(ADDRESS_FORMS), at: v.pipe(v.string(), v.isoTimestamp()) });
export const RecipientMemorySchema = v.record(v.pipe(v.string(), v.maxLength(330)), RememberedSchema);
export type RecipientMemory = v.InferOutput<typeof RecipientMemorySchema>;

/** Unreadable entries are skipped, not the whole memory. */
export function parseRecipientMemory(raw: unknown): RecipientMemory {
  if (typeof raw !== 'object' || raw === null) return {};
  const memory: RecipientMemory = {};
  for (const [key, value] of Object.entries(raw)) {
    const parsed = v.safeParse(RememberedSchema, value);
    if (parsed.success && key.length <= 330) memory[key] = parsed.output;
  }
  return memory;
}

export function isAddressForm(value: unknown): value is AddressForm {
  return (ADDRESS_FORMS as readonly unknown[]).includes(value);
}

export async function readRecipientMemory(area: StorageArea): Promise<RecipientMemory> {
  return parseRecipientMemory((await area.get(RECIPIENT_MEMORY_KEY))[RECIPIENT_MEMORY_KEY]);
}

/** The newest `max` entries. */
function capped(memory: RecipientMemory, max = MAX_RECIPIENTS): RecipientMemory {
  const entries = Object.entries(memory);
  if (entries.length <= max) return memory;
  return Object.fromEntries(entries.sort(([, a], [, b]) => b.at.localeCompare(a.at)).slice(0, max));
}

/** Remember how this recipient is greeted. Throws StorageWriteError. */
export async function rememberAddressForm(area: StorageArea, key: string, addressForm: AddressForm, now = new Date()): Promise<void> {
  const memory = await readRecipientMemory(area);
  if (memory[key]?.addressForm === addressForm) return;
  try {
    await area.set({ [RECIPIENT_MEMORY_KEY]: capped({ ...memory, [key]: { addressForm, at: now.toISOString() } }) });
  } catch (error) {
    throw writeError(error);
  }
}

/** Imported entries fill in; for a recipient known on both sides the newer choice wins. */
export function mergeRecipientMemory(stored: RecipientMemory, incoming: RecipientMemory): RecipientMemory {
  const merged = { ...stored };
  for (const [key, value] of Object.entries(incoming)) if (!merged[key] || merged[key].at < value.at) merged[key] = value;
  return capped(merged);
}

export async function importRecipientMemory(area: StorageArea, incoming: RecipientMemory): Promise<void> {
  try {
    await area.set({ [RECIPIENT_MEMORY_KEY]: mergeRecipientMemory(await readRecipientMemory(area), incoming) });
  } catch (error) {
    throw writeError(error);
  }
}
