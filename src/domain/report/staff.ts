/** The report's SDM section: the roster as a table, the indicators computed from it, and their notes. */
import type { Institution, StaffMember } from '../records';
import { computeIndicators, formatIndicatorValue, indicatorList } from '../indicators';
import { totalClients } from '../records/institution';
import { staffRole } from '../records/staff';
import type { ReportModel } from './types';

export function buildStaffSection(
  staff: StaffMember[],
  inst: Institution,
): Pick<ReportModel, 'staff' | 'indicators' | 'indicatorNotes'> {
  const ind = computeIndicators(staff, totalClients(inst));
  const indicatorNotes: string[] = [];
  if (ind.missingUnsur.length > 0) indicatorNotes.push(`Unsur SDM yang belum ada: ${ind.missingUnsur.join(', ')}.`);
  if (ind.withinRatio !== null)
    indicatorNotes.push(
      ind.withinRatio
        ? 'Rasio penerima manfaat per tenaga profesional memenuhi standar (paling banyak 10 penerima manfaat per tenaga profesional).'
        : 'Rasio penerima manfaat per tenaga profesional melebihi standar (paling banyak 10 penerima manfaat per tenaga profesional).',
    );
  indicatorNotes.push(`Jumlah SDM terdata: ${staff.length} orang.`);

  const rows: ReportModel['staff'] = [...staff]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((m) => [
      [staffRole(m.role)?.label ?? m.role, m.name.trim()].filter(Boolean).join(' — '),
      m.unsur,
      m.education,
      m.employment === 'tetap' ? 'Tetap' : m.employment === 'relawan' ? 'Relawan' : 'Tidak tetap',
      m.certified ? 'Ya' : 'Tidak',
      m.trainedLast12Months ? 'Ya' : 'Tidak',
    ]);
  return {
    staff: rows,
    indicators: indicatorList(ind).map((x) => ({
      label: x.label,
      value: formatIndicatorValue(x.value, x.unit),
      formula: x.formula,
      reason: x.unavailableReason ?? '',
    })),
    indicatorNotes,
  };
}
