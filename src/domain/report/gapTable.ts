/**
 * The report's ranked gap table: the gaps that matter most, not every item below level 4. Pure.
 *
 * Order (our own rule, printed in the report as "patokan aplikasi"): critical items below their required level
 * first, then by the score the item loses inside its aspect, item weight × (4 − level now) (unanswered counts as
 * level 0); ties by the engine's gain in the total, then by item id. Only the first rows are printed; the app's
 * Hasil page lists every gap.
 */
import { formatNumberId } from '../indicators';
import { nextGradeSet, rankGaps, type AssessmentScore, type Gap, type ScoreInput } from '../scoring';
import { levelLabel } from './items';
import type { ReportModel } from './types';
import type { Level } from '../standard/schema';
import { roundScore } from '../scoring/precision';

/** How many gaps the report prints (patokan aplikasi). */
export const GAP_TABLE_LIMIT = 20;

export interface GapTableRow {
  rank: number;
  itemId: string;
  /** The full statement (the renderer prints `shortStatement`). */
  statement: string;
  shortStatement: string;
  level: Level | null;
  source: Gap['source'];
  critical: boolean;
  /** Critical and unanswered or below the standard's required level: always ranked first. */
  criticalUnmet: boolean;
  weight: number;
  /** Levels short of 4 (an unanswered item counts as level 0). */
  missingLevels: number;
  /** weight × missingLevels: the ranking key after criticalUnmet. */
  loss: number;
  /** Points the total gains if this item alone reaches level 4 (the engine's figure), the first tie-breaker. */
  gain: number;
}

export interface RankedGaps {
  /** The first `limit` rows of the ranking. */
  rows: GapTableRow[];
  /** Every gap (applicable item below level 4). */
  total: number;
  /** Gaps ranked below the printed rows. */
  hidden: number;
}

const SHORT_STATEMENT = 100;

/** A statement cut at a word boundary to at most `max` characters, with "…" when cut. */
export function shortenStatement(text: string, max = SHORT_STATEMENT): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

export function compareGapRows(a: GapTableRow, b: GapTableRow): number {
  if (a.criticalUnmet !== b.criticalUnmet) return a.criticalUnmet ? -1 : 1;
  const loss = roundScore(b.loss) - roundScore(a.loss);
  if (loss !== 0) return loss;
  const gain = roundScore(b.gain) - roundScore(a.gain);
  if (gain !== 0) return gain;
  return a.itemId < b.itemId ? -1 : a.itemId > b.itemId ? 1 : 0;
}

/**
 * Ranks the gaps (from `rankGaps`) for the report. `score` gives each item's weight and the engine's list of unmet
 * critical items (so "critical below its required level" has the one definition the grade estimate uses).
 */
export function rankReportGaps(gaps: readonly Gap[], score: AssessmentScore, limit = GAP_TABLE_LIMIT): RankedGaps {
  const unmet = new Set(score.grade.unmetCritical);
  const rows = gaps
    .map((g): GapTableRow => {
      const weight = score.itemsById[g.itemId]?.weight ?? 0;
      const missingLevels = 4 - (g.currentLevel ?? 0);
      return {
        rank: 0,
        itemId: g.itemId,
        statement: g.statement,
        shortStatement: shortenStatement(g.statement),
        level: g.currentLevel,
        source: g.source,
        critical: g.critical,
        criticalUnmet: unmet.has(g.itemId),
        weight,
        missingLevels,
        loss: weight * missingLevels,
        gain: g.gain,
      };
    })
    .sort(compareGapRows)
    .map((row, i) => ({ ...row, rank: i + 1 }));
  const shown = rows.slice(0, Math.max(0, limit));
  return { rows: shown, total: rows.length, hidden: rows.length - shown.length };
}

/** "3 × 2 = 6": the loss as it can be recomputed from the item pages (weight and level are printed there). */
export function lossText(row: Pick<GapTableRow, 'weight' | 'missingLevels' | 'loss'>): string {
  return `${formatNumberId(row.weight, 2)} × ${row.missingLevels} = ${formatNumberId(row.loss, 2)}`;
}

/** The report's gap section: the ranked table with its printed rule, and the shortest way to the next grade. */
export function buildGapSection(
  input: ScoreInput,
  score: AssessmentScore,
): { gapTable: ReportModel['gapTable']; nextGrade: string | null } {
  const ranked = rankReportGaps(rankGaps(input, score), score, GAP_TABLE_LIMIT);
  const criticalMin = input.umum.scoring.criticalMinLevel;
  const gapTable: ReportModel['gapTable'] = {
    note: `Celah adalah butir yang berlaku di bawah tingkat 4 (butir yang belum dijawab dihitung tingkat 0). Tabel ini memuat paling banyak ${GAP_TABLE_LIMIT} celah terpenting, diurutkan menurut patokan aplikasi: butir kritis yang belum mencapai tingkat ${criticalMin} lebih dulu, lalu menurut skor yang hilang di aspeknya, yaitu bobot butir × (4 − tingkat saat ini).`,
    rows: ranked.rows.map((r) => ({
      rank: r.rank,
      itemId: r.itemId,
      statement: r.shortStatement,
      levelLabel: levelLabel(r.level, r.source),
      critical: r.critical,
      criticalUnmet: r.criticalUnmet,
      lossText: lossText(r),
    })),
    total: ranked.total,
    moreText:
      ranked.hidden > 0
        ? `Masih ada ${ranked.hidden} celah lain yang tidak dicetak di sini (seluruhnya ${ranked.total}). Aplikasi Swanilai Panti mencantumkan semuanya di halaman Hasil (bagian Celah); tingkat setiap butir tercetak di bagian 3.`
        : null,
  };

  const next = nextGradeSet(input, score);
  const nextGrade = next
    ? next.reachable
      ? `Menuju peringkat ${next.target.grade}: naikkan ${next.items.length} butir ke tingkat 4 (${next.items
          .slice(0, 12)
          .map((g) => g.itemId)
          .join(', ')}${next.items.length > 12 ? ', …' : ''}).`
      : `Peringkat ${next.target.grade} belum dapat dicapai walaupun semua butir dinaikkan ke tingkat 4.`
    : null;
  return { gapTable, nextGrade };
}
