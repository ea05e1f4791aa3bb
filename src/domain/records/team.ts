import { z } from 'zod';
import { fieldRule } from './fieldRules';
import { timestampSchema } from './timestamp';

/**
 * Who filled a row when an assessment is filled as a team ("Isi bersama tim"). Optional and never defaulted: a row
 * written without a team carries no such field, so bundles of assessments filled alone hash exactly as before.
 */
export const byField = z.string().min(1).max(100).optional();

/** Row fingerprints (src/domain/team/rows.ts) keyed by row key ("answer:KLB-1.1", "evidence:<id>", …). */
export const rowBaseSchema = z.record(z.string().max(160), z.string().max(100)).refine((r) => Object.keys(r).length <= 20000, fieldRule.tooManyRows);

/** One person filling part of an assessment on their own phone. */
export const teamMemberSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().trim().min(1, fieldRule.required('name')).max(200),
  /** Jabatan, e.g. "Bendahara". */
  position: z.string().trim().max(200).default(''),
  /** The head of the institution filling on the main device: keeps the declaration and merges everyone's files. */
  lead: z.boolean().default(false),
  /** Assigned aspects and components (ids of the assessment's standard); the items under them are this member's. */
  aspectIds: z.array(z.string().max(50)).max(50).default([]),
  componentIds: z.array(z.string().max(50)).max(500).default([]),
  /** When the last task package for this member was cut; the result file carries it back. */
  packageAt: timestampSchema.nullable().default(null),
  /** When the lead last merged a file from this member. */
  receivedAt: timestampSchema.nullable().default(null),
  /**
   * The member's rows as the lead last knew them: the package's rows when cut, then each merged result's. A result
   * merges against this (three-way), so a row the member did not touch never undoes the lead's later change.
   */
  base: rowBaseSchema.default({}),
});
export type TeamMember = z.infer<typeof teamMemberSchema>;

/** The team of an assessment, kept in the assessment record so backups and packages carry it. */
export const teamSchema = z.object({
  members: z.array(teamMemberSchema).max(50),
  /** The member this device is: the lead on the main device, the assigned member on a phone that opened a package. */
  selfId: z.string().min(1).max(100),
});
export type Team = z.infer<typeof teamSchema>;
