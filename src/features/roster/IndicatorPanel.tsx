import { Link } from 'wouter';
import type { Assessment, Institution } from '../../domain/records';
import {
  MAX_CLIENTS_PER_PROFESSIONAL,
  MIN_CLIENTS_PER_PROFESSIONAL,
  formatIndicatorValue,
  formatNumberId,
  indicatorList,
  type Indicator,
  type Indicators,
} from '../../domain/indicators';
import { explainComputed } from '../../domain/scoring';
import { allItems } from '../../domain/standard/validate';
import { findKhusus, findUmum } from '../../domain/standard/registry';
import type { Item } from '../../domain/standard/schema';
import { UNSUR_LABELS } from '../../domain/records/staffLabels';

/** The computed items of the assessment's standard (and khusus module), by the indicator they take their level from. */
function computedItems(assessment: Assessment): Item[] {
  try {
    const umum = findUmum(assessment.standardId, assessment.standardVersion);
    const khusus = findKhusus(assessment.khususId, assessment.khususVersion);
    return [...(umum ? allItems(umum) : []), ...(khusus ? allItems(khusus) : [])].filter((i) => i.answerType === 'computed' && i.computed);
  } catch {
    return [];
  }
}

function calculation(ind: Indicator): string | null {
  if (ind.value === null || ind.denominator === null || ind.numerator === null) return null;
  const pct = ind.unit === '%';
  const result = `${formatNumberId(ind.value, 1)}${pct ? '%' : ''}`;
  return `Perhitungan: ${formatNumberId(ind.numerator, 0)} ÷ ${formatNumberId(ind.denominator, 0)}${pct ? ' × 100' : ''} = ${result}`;
}

function IndicatorCard({ ind, indicators, items }: { ind: Indicator; indicators: Indicators; items: Item[] }) {
  const calc = calculation(ind);
  return (
    <li className="indicator" data-testid={`indicator-${ind.id}`}>
      <h3>{ind.label}</h3>
      {ind.value === null ? (
        <p className="indicator-figure unavailable">
          Tidak dapat dihitung
          <span className="indicator-reason">: {ind.unavailableReason}</span>
        </p>
      ) : (
        <p className="indicator-figure">{formatIndicatorValue(ind.value, ind.unit)}</p>
      )}
      {calc && <p className="indicator-calc">{calc}</p>}
      {ind.id === 'clientsPerProfessional' && indicators.withinRatio !== null && (
        <p className={indicators.withinRatio ? 'ok' : 'error'}>
          {indicators.withinRatio
            ? `Sesuai standar: paling banyak ${MAX_CLIENTS_PER_PROFESSIONAL} penerima manfaat per tenaga profesional (1 : ${MIN_CLIENTS_PER_PROFESSIONAL}–${MAX_CLIENTS_PER_PROFESSIONAL}).`
            : `Melebihi standar 1 tenaga profesional : ${MIN_CLIENTS_PER_PROFESSIONAL}–${MAX_CLIENTS_PER_PROFESSIONAL} penerima manfaat.`}
        </p>
      )}
      {ind.id === 'missingUnsurCount' && indicators.missingUnsur.length > 0 && (
        <p className="error">Unsur yang belum ada: {indicators.missingUnsur.map((u) => UNSUR_LABELS[u]).join(', ')}.</p>
      )}
      <p className="indicator-formula">
        <span className="muted">Rumus:</span> {ind.formula}
      </p>
      {items.map((item) => {
        const explained = explainComputed(item.computed!, ind.value);
        return (
          <p key={item.id} className="indicator-item">
            Butir {item.id}:{' '}
            {explained.level === null ? 'tingkat diisi sendiri karena angka belum dapat dihitung' : `tingkat ${explained.level} dari angka ini`}
          </p>
        );
      })}
    </li>
  );
}

/** The staff indicators, recomputed live from the roster and the profile's number of clients. */
export function IndicatorPanel({ indicators, assessment, institution }: { indicators: Indicators; assessment: Assessment; institution: Institution | null }) {
  const items = computedItems(assessment);
  return (
    <section aria-labelledby="indicators-title" className="indicators">
      <h2 id="indicators-title">Indikator terhitung</h2>
      <p className="muted">
        Dihitung otomatis dari daftar SDM dan jumlah penerima manfaat di profil lembaga
        {institution ? ` (laki-laki ${institution.clientsMale}, perempuan ${institution.clientsFemale})` : ''}.{' '}
        {institution && <Link href={`/lembaga/${encodeURIComponent(institution.id)}`}>Ubah jumlah penerima manfaat di profil</Link>}
      </p>
      <ul className="indicator-list">
        {indicatorList(indicators).map((ind) => (
          <IndicatorCard key={ind.id} ind={ind} indicators={indicators} items={items.filter((i) => i.computed?.indicator === ind.id)} />
        ))}
      </ul>
    </section>
  );
}
