import type { IndicatorId } from '../standard/schema';
import { STAFF_ROLES } from '../records/staff';
import type { IndicatorUnit } from './types';

/** Seed 002: one professional for 5–10 clients; more than this many clients per professional is out of ratio. */
export const MAX_CLIENTS_PER_PROFESSIONAL = 10;
export const MIN_CLIENTS_PER_PROFESSIONAL = 5;

const roleLabels = (keep: (r: (typeof STAFF_ROLES)[number]) => boolean) =>
  STAFF_ROLES.filter(keep)
    .map((r) => r.label.toLowerCase())
    .join(', ');
const professionalRoles = roleLabels((r) => r.professional);
const nonWelfareRoles = roleLabels((r) => !r.welfare);

export interface IndicatorDefinition {
  label: string;
  unit: IndicatorUnit;
  formula: string;
  source: string;
}

/** Labels, units and formulas of every indicator (Indonesian, shown in the app and the report). */
export const INDICATOR_DEFINITIONS: Record<IndicatorId, IndicatorDefinition> = {
  tksCount: {
    label: 'Jumlah tenaga kesejahteraan sosial',
    unit: 'orang',
    formula: `Jumlah SDM yang dididik/dilatih untuk tugas pelayanan kesejahteraan sosial atau bekerja di bidang kesejahteraan sosial panti (semua peran kecuali ${nonWelfareRoles})`,
    source: 'Indikator SIPD "Jumlah Tenaga Kesejahteraan Sosial Panti Sosial Pamardi Putra" (Kementerian Sosial)',
  },
  clientsPerProfessional: {
    label: 'Rasio penerima manfaat per tenaga profesional',
    unit: 'penerima manfaat per tenaga profesional',
    formula: `Jumlah penerima manfaat (laki-laki + perempuan) ÷ jumlah tenaga profesional (${professionalRoles}); standar 1 tenaga profesional : ${MIN_CLIENTS_PER_PROFESSIONAL}–${MAX_CLIENTS_PER_PROFESSIONAL} penerima manfaat`,
    source: 'Harry Hikmat, "Analisis Kebijakan Pengembangan Panti Sosial" (patokan 1 : 5–10)',
  },
  empowermentCapablePct: {
    label: 'Persentase SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial',
    unit: '%',
    formula:
      'Jumlah SDM kesejahteraan sosial yang mampu melakukan pemberdayaan sosial ÷ jumlah SDM kesejahteraan sosial yang terdata × 100%',
    source: 'Indikator Provinsi DKI Jakarta (2024), analogi untuk SDM panti',
  },
  certifiedSocialWorkerPct: {
    label: 'Persentase pekerja sosial bersertifikat',
    unit: '%',
    formula: 'Jumlah pekerja sosial yang bersertifikat pekerja sosial profesional ÷ jumlah pekerja sosial yang terdata × 100%',
    source: 'Permensos 8/2012; UU 14/2019 tentang Pekerja Sosial',
  },
  trainedLast12MonthsPct: {
    label: 'Persentase SDM yang mengikuti pelatihan dalam 12 bulan terakhir',
    unit: '%',
    formula: 'Jumlah SDM yang mengikuti pelatihan dalam 12 bulan terakhir ÷ jumlah seluruh SDM yang terdata × 100%',
    source: 'Kepmensos 50/HUK/2004 (pengembangan SDM)',
  },
  missingUnsurCount: {
    label: 'Jumlah unsur SDM yang belum terisi',
    unit: 'unsur',
    formula: 'Jumlah unsur (pimpinan, operasional, penunjang) yang belum memiliki satu pun SDM',
    source: 'Kepmensos 50/HUK/2004',
  },
};

/** Indonesian reasons a figure cannot be computed. */
export const UNAVAILABLE = {
  noStaff: 'Belum ada data SDM',
  noClients: 'Jumlah penerima manfaat belum diisi',
  zeroClients: 'Jumlah penerima manfaat di profil masih 0',
  noProfessional: 'Belum ada tenaga profesional',
  noWelfare: 'Belum ada SDM kesejahteraan sosial',
  noSocialWorker: 'Belum ada pekerja sosial',
} as const;
