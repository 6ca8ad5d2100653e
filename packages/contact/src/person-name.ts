import * as z from 'zod';

/**
 * A person's name. `full` is the name as it is written and displayed ("Nadia Zelisko", "María José
 * López García"); the parts are optional because they cannot be told from the full name in general
 * (Spanish names carry two family names, some cultures put the family name first), so readers of free
 * text fill only `full`. The parts map onto vCard's N property.
 */
export const PersonName = z.object({
  /** The name as written and displayed. */
  full: z.string().trim().min(1),
  /** Given name(s). */
  given: z.string().trim().min(1).optional(),
  /** Family name(s): both Spanish surnames here ("López García"). */
  family: z.string().trim().min(1).optional(),
  /** Honorific prefix ("Dr.", "Mme", "Sra."). */
  prefix: z.string().trim().min(1).optional(),
  /** Honorific suffix ("PhD"). */
  suffix: z.string().trim().min(1).optional(),
});
/** A person's name: as written, with optional parts. */
export type PersonName = {
  /** The name as written and displayed. */
  full: string;
  /** Given name(s). */
  given?: string | undefined;
  /** Family name(s): both Spanish surnames here ("López García"). */
  family?: string | undefined;
  /** Honorific prefix ("Dr.", "Mme", "Sra."). */
  prefix?: string | undefined;
  /** Honorific suffix ("PhD"). */
  suffix?: string | undefined;
};
