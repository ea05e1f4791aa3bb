import { UNSUR, staffRole, type StaffMember, type Unsur } from '../records/staff';
import { MAX_CLIENTS_PER_PROFESSIONAL, UNAVAILABLE } from './definitions';
import { countIndicator, ratioIndicator, unavailableIndicator } from './build';
import type { Indicators } from './types';

const isWelfare = (s: StaffMember) => staffRole(s.role)?.welfare === true;
const isProfessional = (s: StaffMember) => staffRole(s.role)?.professional === true;

/** The ratio indicator: clients ÷ professional staff. `clients` null means the profile has no figure. */
function clientRatio(staff: StaffMember[], clients: number | null) {
  const professionals = staff.filter(isProfessional).length;
  if (clients === null || !Number.isFinite(clients)) {
    return unavailableIndicator('clientsPerProfessional', UNAVAILABLE.noClients, null, professionals);
  }
  // A panti with no clients has no meaningful staffing ratio; 0 would wrongly read as "within ratio".
  if (clients <= 0) return unavailableIndicator('clientsPerProfessional', UNAVAILABLE.zeroClients, clients, professionals);
  if (staff.length === 0) return unavailableIndicator('clientsPerProfessional', UNAVAILABLE.noStaff, clients, null);
  return ratioIndicator('clientsPerProfessional', clients, professionals, 1, UNAVAILABLE.noProfessional);
}

/**
 * Staff indicators from the roster (data SDM) and the number of clients in the profile.
 * An empty roster is treated as "not filled in": every staff figure is unavailable rather than 0.
 * Values are exact; round only for display (see format.ts).
 */
export function computeIndicators(staff: StaffMember[], clients: number | null): Indicators {
  const ratio = clientRatio(staff, clients);
  const withinRatio = ratio.value === null ? null : ratio.value <= MAX_CLIENTS_PER_PROFESSIONAL;

  if (staff.length === 0) {
    const none = UNAVAILABLE.noStaff;
    return {
      tksCount: unavailableIndicator('tksCount', none),
      clientsPerProfessional: ratio,
      empowermentCapablePct: unavailableIndicator('empowermentCapablePct', none),
      certifiedSocialWorkerPct: unavailableIndicator('certifiedSocialWorkerPct', none),
      trainedLast12MonthsPct: unavailableIndicator('trainedLast12MonthsPct', none),
      missingUnsurCount: unavailableIndicator('missingUnsurCount', none),
      missingUnsur: [],
      withinRatio,
    };
  }

  const welfare = staff.filter(isWelfare);
  const socialWorkers = staff.filter((s) => s.role === 'pekerja-sosial');
  const present = new Set(staff.map((s) => s.unsur));
  const missingUnsur: Unsur[] = UNSUR.filter((u) => !present.has(u));

  return {
    tksCount: countIndicator('tksCount', welfare.length),
    clientsPerProfessional: ratio,
    empowermentCapablePct: ratioIndicator(
      'empowermentCapablePct',
      welfare.filter((s) => s.empowermentCapable).length,
      welfare.length,
      100,
      UNAVAILABLE.noWelfare,
    ),
    certifiedSocialWorkerPct: ratioIndicator(
      'certifiedSocialWorkerPct',
      socialWorkers.filter((s) => s.certified).length,
      socialWorkers.length,
      100,
      UNAVAILABLE.noSocialWorker,
    ),
    trainedLast12MonthsPct: ratioIndicator(
      'trainedLast12MonthsPct',
      staff.filter((s) => s.trainedLast12Months).length,
      staff.length,
      100,
      UNAVAILABLE.noStaff,
    ),
    missingUnsurCount: countIndicator('missingUnsurCount', missingUnsur.length),
    missingUnsur,
    withinRatio,
  };
}
